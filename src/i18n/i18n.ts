import i18next from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import en from './en.json';

export const UI_LANGUAGES = ['en', 'ru'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'cbrn-nap.language';

/**
 * English is the fallback and starts with the app; another language's words are loaded when it is
 * chosen (precached, so offline too), so that nobody downloads a language they do not read.
 */
const BUNDLES: Record<UiLanguage, () => Promise<Record<string, unknown>>> = {
  en: () => Promise.resolve(en),
  ru: async () => (await import('./ru.json')).default,
};

const isUiLanguage = (language: string): language is UiLanguage =>
  (UI_LANGUAGES as readonly string[]).includes(language);

const loaded = new Set<UiLanguage>(['en']);

/** Switches the UI language, loading its words first. */
export async function setUiLanguage(language: string): Promise<void> {
  const chosen = isUiLanguage(language) ? language : 'en';
  if (!loaded.has(chosen)) {
    i18next.addResourceBundle(chosen, 'translation', await BUNDLES[chosen](), true, false);
    loaded.add(chosen);
  }
  await i18next.changeLanguage(chosen);
}

/**
 * The words of the sync screens, in every UI language: loaded with those screens (a chunk of its
 * own), so that an app that never syncs does not download them.
 */
export async function loadSyncWords(): Promise<void> {
  const words = (await import('./sync-words.json')).default as Record<UiLanguage, Record<string, unknown>>;
  initI18n();
  for (const language of UI_LANGUAGES)
    i18next.addResourceBundle(language, 'translation', words[language], true, false);
}

/** Starts i18next and loads the words of the language the user chose last (or the browser's). */
export async function startI18n(): Promise<void> {
  initI18n();
  await setUiLanguage(i18next.language.split('-')[0] ?? 'en');
}

/** Starts i18next once, with English; the chosen language is remembered in localStorage. */
export function initI18n(): typeof i18next {
  if (i18next.isInitialized) return i18next;
  void i18next
    .use(LanguageDetector)
    .use(initReactI18next)
    .init({
      resources: { en: { translation: en } },
      // Other languages are added when chosen (setUiLanguage).
      partialBundledLanguages: true,
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
