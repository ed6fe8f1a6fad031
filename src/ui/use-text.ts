import { resolveText, type LocalisedText } from '../domain/questionnaire/text';
import { useUiLanguage } from './ui-language';

/** Questionnaire text in the UI language, with the file's fallback; untranslated text is flagged. */
export function useResolveText(defaultLanguage: string) {
  const language = useUiLanguage();
  return (text: LocalisedText) => resolveText(text, language, defaultLanguage);
}

/** The same, as plain text: for labels, options and titles that need no untranslated mark. */
export function useText(defaultLanguage: string) {
  const resolve = useResolveText(defaultLanguage);
  return (text: LocalisedText) => resolve(text).text;
}
