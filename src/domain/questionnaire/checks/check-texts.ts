import { isTextAt } from '../text';
import type { CheckContext, Path } from './context';

/** Each text has the default language; other declared languages missing are warnings; undeclared languages are errors. */
export function checkTexts(ctx: CheckContext): void {
  const { q } = ctx;
  if (!q.languages.includes(q.defaultLanguage)) {
    ctx.error(
      ['defaultLanguage'],
      `"${q.defaultLanguage}" is not one of the declared languages (${q.languages.join(', ')})`,
    );
    return;
  }
  const declared = new Set(q.languages);
  const visit = (value: unknown, path: Path) => {
    if (Array.isArray(value)) {
      value.forEach((v, i) => visit(v, [...path, i]));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    for (const [key, child] of Object.entries(value)) {
      if (isTextAt(key, child)) checkOne(child, [...path, key]);
      else if (key !== 'condition') visit(child, [...path, key]);
    }
  };
  const checkOne = (text: Record<string, string>, path: Path) => {
    for (const language of Object.keys(text))
      if (!declared.has(language))
        ctx.error([...path, language], `language "${language}" is not declared in "languages"`);
    if (!Object.hasOwn(text, q.defaultLanguage)) {
      ctx.error(path, `has no text in the default language "${q.defaultLanguage}"`);
      return;
    }
    for (const language of q.languages)
      if (!Object.hasOwn(text, language)) ctx.warn(path, `missing translation "${language}"`);
  };
  visit(q, []);
}
