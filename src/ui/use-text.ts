import { resolveText, type LocalizedText } from '../domain/questionnaire/text';
import { useUiLanguage } from './ui-language';

/** Questionnaire text in the UI language, with the file's fallback; untranslated text is flagged. */
export function useLocalized(defaultLanguage: string) {
  const language = useUiLanguage();
  return (text: LocalizedText) => resolveText(text, language, defaultLanguage);
}

/** The same, as plain text: for labels, options and titles that need no untranslated mark. */
export function useText(defaultLanguage: string) {
  const localize = useLocalized(defaultLanguage);
  return (text: LocalizedText) => localize(text).text;
}
