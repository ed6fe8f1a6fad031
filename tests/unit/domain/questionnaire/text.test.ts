import { describe, expect, it } from 'vitest';
import { resolveText } from '../../../../src/domain/questionnaire/text';

describe('resolveText', () => {
  it.each([
    [
      'the requested language',
      { en: 'Lab', ru: 'Лаб' },
      'ru',
      'en',
      { text: 'Лаб', language: 'ru', fallback: false },
    ],
    [
      'the default language when missing',
      { en: 'Lab' },
      'ru',
      'en',
      { text: 'Lab', language: 'en', fallback: true },
    ],
    [
      'any language when the default is missing too',
      { kk: 'Зертхана' },
      'ru',
      'en',
      { text: 'Зертхана', language: 'kk', fallback: true },
    ],
    ['an empty string for an empty map', {}, 'ru', 'en', { text: '', language: 'ru', fallback: true }],
  ])('takes %s', (_name, text, language, defaultLanguage, expected) => {
    expect(resolveText(text, language, defaultLanguage)).toEqual(expected);
  });
});
