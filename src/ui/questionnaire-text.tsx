import type { LocalisedText as Text } from '../domain/questionnaire/text';
import { useResolveText } from './use-text';

/** Renders questionnaire text; a fallback language is marked visibly and for screen readers. */
export function QuestionnaireText({ text, defaultLanguage }: { text: Text; defaultLanguage: string }) {
  const resolved = useResolveText(defaultLanguage)(text);
  if (!resolved.fallback) return <>{resolved.text}</>;
  return (
    <span lang={resolved.language} className="untranslated" title={`untranslated (${resolved.language})`}>
      {resolved.text}
    </span>
  );
}
