import { describe, expect, it } from 'vitest';
import { countryName, countryOptions } from '../../../src/i18n/countries';

describe('country names', () => {
  it.each<[string, string, string]>([
    ['KG', 'ru', 'Кыргызстан'],
    ['TM', 'ru', 'Туркменистан'],
    ['KZ', 'ru', 'Казахстан'],
    ['TJ', 'ru', 'Таджикистан'],
    ['UZ', 'ru', 'Узбекистан'],
    ['MN', 'ru', 'Монголия'],
    ['PK', 'ru', 'Пакистан'],
    ['KG', 'en', 'Kyrgyzstan'],
  ])('%s in %s is %s', (code, language, name) => {
    expect(countryName(code, language)).toBe(name);
    expect(countryOptions(language).find((c) => c.code === code)?.name).toBe(name);
  });
});
