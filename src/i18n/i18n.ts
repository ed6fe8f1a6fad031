import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import ru from './ru.json';

export const UI_LANGUAGES = ['en', 'ru'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'cbrn-nap.language';

export const resources = { en: { translation: en }, ru: { translation: ru } } as const;

/** Starts i18next once; the chosen language is remembered in localStorage. */
export function initI18n(): typeof i18next {
  if (i18next.isInitialized) return i18next;
  void i18next
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources,
      supportedLngs: [...UI_LANGUAGES],
      fallbackLng: 'en',
      nonExplicitSupportedLngs: true,
      interpolation: { escapeValue: false },
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: ['localStorage'],
      },
      initAsync: false,
      // No console notices: the console is for the app's own problems.
      showSupportNotice: false,
    });
  return i18next;
}
