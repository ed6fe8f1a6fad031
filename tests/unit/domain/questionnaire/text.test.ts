import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Questionnaire } from '../../../../src/domain/questionnaire/schema';
import { inOneLanguage, isTextAt, resolveText } from '../../../../src/domain/questionnaire/text';
import { fullFeature } from '../../../builders/questionnaire';

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

describe('inOneLanguage', () => {
  /** Every text of a questionnaire with where it sits. */
  const texts = (node: unknown, path = '$'): [string, Record<string, string>][] => {
    if (Array.isArray(node)) return node.flatMap((v, i) => texts(v, `${path}[${i}]`));
    if (typeof node !== 'object' || node === null) return [];
    return Object.entries(node).flatMap(([key, child]) =>
      isTextAt(key, child)
        ? [[`${path}.${key}`, child] as [string, Record<string, string>]]
        : texts(child, `${path}.${key}`),
    );
  };
  /** The questionnaire with its texts taken out: what must not change. */
  const withoutTexts = (node: unknown): unknown =>
    Array.isArray(node)
      ? node.map(withoutTexts)
      : typeof node === 'object' && node !== null
        ? Object.fromEntries(
            Object.entries(node).map(([k, v]) => [k, isTextAt(k, v) ? 'text' : withoutTexts(v)]),
          )
        : node;
  const shipped = JSON.parse(
    readFileSync(join(import.meta.dirname, '../../../../questionnaires/cbrn-naq-1.1.0.json'), 'utf8'),
  ) as Questionnaire;

  it.each([
    ['the shipped questionnaire', shipped],
    ['the full-feature fixture', fullFeature()],
  ])('keeps, in %s, one entry per text: the one shown, fallback or not, in any language', (_name, q) => {
    const all = texts(q);
    expect(all.length).toBeGreaterThan(50);
    for (const language of ['en', 'ru', 'kk']) {
      const reduced = inOneLanguage(q, language, q.defaultLanguage);
      const kept = texts(reduced);
      expect(kept.map(([path]) => path)).toEqual(all.map(([path]) => path));
      kept.forEach(([path, text], i) => {
        expect(Object.keys(text), path).toHaveLength(1);
        expect(resolveText(text, language, q.defaultLanguage), path).toEqual(
          resolveText(all[i]![1], language, q.defaultLanguage),
        );
      });
      expect(withoutTexts(reduced)).toEqual(withoutTexts(q));
    }
    // The original is not changed.
    expect(texts(q)).toEqual(all);
  });
});
