import type { LocalizedText as Text } from '../domain/questionnaire/text';
import { useLocalized } from './use-localized';

/** Renders questionnaire text; a fallback language is marked visibly and for screen readers. */
export function LocalizedText({ text, defaultLanguage }: { text: Text; defaultLanguage: string }) {
  const localize = useLocalized(defaultLanguage);
  const resolved = localize(text);
  if (!resolved.fallback) return <>{resolved.text}</>;
  return (
    <span lang={resolved.language} className="untranslated" title={`untranslated (${resolved.language})`}>
      {resolved.text}
    </span>
  );
}
