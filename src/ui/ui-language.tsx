import i18next from 'i18next';
import { createContext, useContext, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const UiLanguageContext = createContext<string | null>(null);

/**
 * The UI language for everything below, read once: a screen of a hundred questions shows a thousand
 * pieces of questionnaire text, and a translation hook in each would cost more than drawing them.
 */
export function UiLanguageProvider({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  return (
    <UiLanguageContext.Provider value={i18n.resolvedLanguage ?? 'en'}>{children}</UiLanguageContext.Provider>
  );
}

/** The UI language; outside a provider (a component shown on its own), i18next's current one. */
export function useUiLanguage(): string {
  return useContext(UiLanguageContext) ?? i18next.resolvedLanguage ?? 'en';
}
