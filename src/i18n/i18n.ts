import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';

export const UI_LANGUAGES = ['en', 'ru'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
export const LANGUAGE_STORAGE_KEY = 'cbrn-nap.language';

type Words = Record<string, unknown>;

/**
 * The words are loaded in groups, each in the UI language only (precached, so offline too): the
 * start words (the shell and the fill screen, `en.json`, `ru.json`) with the app; the words of every
 * other screen and of the Word report (`screens/`) with the first of those screens; the sync words
 * with the sync screens. English is the fallback and starts with the app, so nobody downloads a
 * language they do not read, and opening a questionnaire does not wait for the report's words.
 */
const GROUPS = {
  start: { en: () => Promise.resolve(en), ru: async () => (await import('./ru.json')).default },
  screens: {
    en: async () => (await import('./screens/en.json')).default,
    ru: async () => (await import('./screens/ru.json')).default,
  },
  sync: {
    en: async () => (await import('./sync-words.json')).default.en,
    ru: async () => (await import('./sync-words.json')).default.ru,
  },
} satisfies Record<string, Record<UiLanguage, () => Promise<Words>>>;
type WordGroup = keyof typeof GROUPS;

const isUiLanguage = (language: string): language is UiLanguage =>
  (UI_LANGUAGES as readonly string[]).includes(language);

/** The groups the app has asked for so far, and which languages of each are in i18next. */
const wanted = new Set<WordGroup>(['start']);
const loaded = new Set<string>(['start:en']);
/** The language being switched to (set before its words load, so a group asked for meanwhile follows it). */
let current: UiLanguage = 'en';

async function loadGroup(group: WordGroup, language: UiLanguage): Promise<void> {
  const key = `${group}:${language}`;
  if (loaded.has(key)) return;
  i18next.addResourceBundle(language, 'translation', await GROUPS[group][language](), true, false);
  loaded.add(key);
}

/** Switches the UI language, loading the words of every group asked for so far first. */
export async function setUiLanguage(language: string): Promise<void> {
  const chosen = isUiLanguage(language) ? language : 'en';
  current = chosen;
  await Promise.all([...wanted].map((group) => loadGroup(group, chosen)));
  await i18next.changeLanguage(chosen);
}

/** Loads a group of words in the UI language (and in English, the fallback). */
async function loadWords(group: WordGroup): Promise<void> {
  initI18n();
  wanted.add(group);
  await Promise.all([...new Set<UiLanguage>(['en', current])].map((l) => loadGroup(group, l)));
}

/** The words of every screen but the fill screen, and of the Word report: loaded with those screens. */
export const loadScreenWords = (): Promise<void> => loadWords('screens');

/** The words of the sync screens: loaded with them, so that an app that never syncs does not download them. */
export const loadSyncWords = (): Promise<void> => loadWords('sync');

/** The language the user chose last on this device, else the first of the browser's the app speaks. */
function preferredLanguage(): UiLanguage {
  let chosen: string | null = null;
  try {
    chosen = localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    // Storage refused (private mode, policy): the browser's languages decide.
  }
  const candidates = [chosen, ...(typeof navigator === 'undefined' ? [] : navigator.languages)];
  return candidates.map((l) => l?.split('-')[0] ?? '').find(isUiLanguage) ?? 'en';
}

/** Starts i18next and loads the words of the language the user chose last (or the browser's). */
export async function startI18n(): Promise<void> {
  initI18n();
  i18next.on('languageChanged', (language) => {
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
    } catch {
      // Not remembered: the next start asks the browser again.
    }
  });
  await setUiLanguage(preferredLanguage());
}

/** Starts i18next once, with English; the chosen language is remembered in localStorage. */
export function initI18n(): typeof i18next {
  if (i18next.isInitialized) return i18next;
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: en } },
    // Other languages are added when chosen (setUiLanguage).
    partialBundledLanguages: true,
    supportedLngs: [...UI_LANGUAGES],
    fallbackLng: 'en',
    nonExplicitSupportedLngs: true,
    interpolation: { escapeValue: false },
    lng: 'en',
    initAsync: false,
    // No console notices: the console is for the app's own problems.
    showSupportNotice: false,
  });
  return i18next;
}
