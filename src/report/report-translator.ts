import i18next, { type TFunction } from 'i18next';
import en from '../i18n/en.json';
import ru from '../i18n/ru.json';
import enScreens from '../i18n/screens/en.json';
import ruScreens from '../i18n/screens/ru.json';

export type ReportLanguage = 'en' | 'ru';
export const REPORT_LANGUAGES: readonly ReportLanguage[] = ['en', 'ru'];

/** A translator fixed to one language, the same in the browser and in Node (command line). */
export function createReportTranslator(language: ReportLanguage): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { en: { translation: en }, ru: { translation: ru } },
    lng: language,
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
    returnObjects: true,
  });
  // The report's words are in the screen words; the start words hold how an answer is written.
  instance.addResourceBundle('en', 'translation', enScreens, true, false);
  instance.addResourceBundle('ru', 'translation', ruScreens, true, false);
  return instance.t;
}
