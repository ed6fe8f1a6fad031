import { describe, expect, it } from 'vitest';
import enMain from '../../../src/i18n/en.json';
import ruMain from '../../../src/i18n/ru.json';
import enScreens from '../../../src/i18n/screens/en.json';
import ruScreens from '../../../src/i18n/screens/ru.json';
import syncWords from '../../../src/i18n/sync-words.json';

/** The start words with those loaded with the other screens and the sync screens, merged as i18next does. */
function merged(main: object, extra: object): object {
  const out: Record<string, unknown> = { ...main };
  for (const [k, v] of Object.entries(extra))
    out[k] =
      typeof v === 'object' && v !== null && typeof out[k] === 'object' ? merged(out[k] as object, v) : v;
  return out;
}
const en = merged(merged(enMain, enScreens), syncWords.en);
const ru = merged(merged(ruMain, ruScreens), syncWords.ru);

/** Keys without i18next plural suffixes, so English "_one/_other" matches Russian "_one/_few/_many/_other". */
function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
const base = (list: string[]) =>
  [...new Set(list.map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')))].sort();

describe('UI translations', () => {
  it('have the same keys in English and Russian', () => {
    expect(base(keys(ru))).toEqual(base(keys(en)));
  });

  it('give Russian all plural forms where English has plurals', () => {
    const plural = keys(en)
      .filter((k) => k.endsWith('_other'))
      .map((k) => k.slice(0, -'_other'.length));
    const ruKeys = new Set(keys(ru));
    for (const key of plural)
      for (const form of ['one', 'few', 'many', 'other']) expect(ruKeys).toContain(`${key}_${form}`);
  });

  it('leave no Russian string empty or identical to a long English one', () => {
    const enMap = new Map(keys(en).map((k) => [k, k.split('.').reduce<any>((o, p) => o[p], en)]));
    for (const key of keys(ru)) {
      const value = key.split('.').reduce<any>((o, p) => o[p], ru);
      expect(value, key).not.toBe('');
      const english = enMap.get(key);
      // Placeholders and punctuation alone need no translation.
      const words =
        typeof english === 'string' ? english.replace(/\{\{[^}]+\}\}/g, '').replace(/[^\p{L}]/gu, '') : '';
      if (words.length > 12 && !key.startsWith('app.name')) expect(value, key).not.toBe(english);
    }
  });

  it('give every Russian string that counts a noun its plural forms (233 мероприятия, not «233 мероприятий»)', () => {
    const singular = keys(ru).filter((k) => !/_(one|few|many|other)$/.test(k));
    for (const key of singular) {
      const value = key.split('.').reduce<any>((o, p) => o[p], ru);
      if (typeof value === 'string') expect(value, key).not.toMatch(/\{\{count\}\}\s+(?!из )[а-яё]/i);
    }
  });
});
