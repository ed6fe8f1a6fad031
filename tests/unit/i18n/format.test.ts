import { describe, expect, it } from 'vitest';
import {
  formatDecimal,
  formatIsoDate,
  formatNumber,
  formatQuarter,
  parseTypedDate,
} from '../../../src/i18n/format';

describe('numbers, dates and quarters in each language', () => {
  it.each<[string, () => string, string]>([
    ['a decimal in Russian has a comma', () => formatNumber(112.5, 'ru'), '112,5'],
    ['a decimal in English has a point', () => formatNumber(112.5, 'en'), '112.5'],
    ['thousands in Russian are spaced', () => formatNumber(10245.6, 'ru', 1), '10\u00a0245,6'],
    ['a mean with one decimal', () => formatDecimal(4, 'ru'), '4,0'],
    ['a date in Russian', () => formatIsoDate('2026-01-05', 'ru'), '05.01.2026'],
    ['a date in English', () => formatIsoDate('2026-01-05', 'en'), '05/01/2026'],
    ['a quarter in Russian', () => formatQuarter('2027-04', 'ru'), 'II кв. 2027'],
    ['a quarter in English', () => formatQuarter('2027-12', 'en'), 'Q4 2027'],
  ])('%s', (_name, format, expected) => {
    expect(format()).toBe(expected);
  });

  it.each<[string, string | undefined]>([
    ['15.01.2026', '2026-01-15'],
    ['5/1/2026', '2026-01-05'],
    ['2026-01-15', '2026-01-15'],
    ['31.02.2026', undefined],
    ['15.01.26', undefined],
    ['01/13/2026', undefined],
    ['', undefined],
  ])('reads the typed date "%s"', (typed, iso) => {
    expect(parseTypedDate(typed)).toBe(iso);
  });
});
