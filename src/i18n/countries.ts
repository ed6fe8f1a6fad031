import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import ru from 'i18n-iso-countries/langs/ru.json';
import { EXAMPLE_COUNTRY } from '../domain/assessment/example';

countries.registerLocale(en);
countries.registerLocale(ru);

/**
 * Names the countries use for themselves where the list's differ: the Kyrgyz Republic's constitution
 * names it «Кыргызстан» in Russian (not «Киргизия»), Turkmenistan «Туркменистан», Moldova «Молдова».
 */
const OWN_NAMES: Record<string, Record<string, string>> = {
  ru: { KG: 'Кыргызстан', TM: 'Туркменистан', MD: 'Молдова', BY: 'Беларусь' },
  en: { MD: 'Moldova', IR: 'Iran' },
};

const EXAMPLE_NAMES: Record<string, string> = {
  en: 'Republic of Aravania (fictional example)',
  ru: 'Республика Аравания (вымышленный пример)',
};

/** Country names in the UI language, sorted for a picker; the example country is listed first. */
export function countryOptions(language: string): { code: string; name: string }[] {
  const lang = language === 'ru' ? 'ru' : 'en';
  const names = { ...countries.getNames(lang, { select: 'official' }), ...OWN_NAMES[lang] };
  const list = Object.entries(names)
    .map(([code, name]) => ({ code, name }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  return [{ code: EXAMPLE_COUNTRY, name: EXAMPLE_NAMES[lang]! }, ...list];
}

export function countryName(code: string, language: string): string {
  const lang = language === 'ru' ? 'ru' : 'en';
  if (code === EXAMPLE_COUNTRY) return EXAMPLE_NAMES[lang]!;
  return OWN_NAMES[lang]?.[code] ?? countries.getName(code, lang, { select: 'official' }) ?? code;
}
