import { useTranslation } from 'react-i18next';
import { resolveText, type LocalizedText } from '../domain/questionnaire/text';

/** Questionnaire text in the UI language, with the file's fallback; untranslated text is flagged. */
export function useLocalized(defaultLanguage: string) {
  const { i18n } = useTranslation();
  return (text: LocalizedText) => resolveText(text, i18n.resolvedLanguage ?? 'en', defaultLanguage);
}

/** The same, as plain text: for labels, options and titles that need no untranslated mark. */
export function useText(defaultLanguage: string) {
  const localize = useLocalized(defaultLanguage);
  return (text: LocalizedText) => localize(text).text;
}
