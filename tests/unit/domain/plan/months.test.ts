import { describe, expect, it } from 'vitest';
import { addMonths, monthsBetween, quarterOf } from '../../../../src/domain/plan/months';
import { nextQuarterStart } from '../../../../src/domain/plan/plan-edits';

describe('months', () => {
  it.each([
    ['2026-11', 2, '2027-01'],
    ['2026-01', -1, '2025-12'],
    ['2026-04', 59, '2031-03'],
  ])('%s + %i = %s', (from, n, to) => {
    expect(addMonths(from, n)).toBe(to);
    expect(monthsBetween(from, to)).toBe(n);
  });

  it.each([
    [Date.UTC(2026, 10, 24), '2027-01'],
    [Date.UTC(2026, 0, 1), '2026-04'],
    [Date.UTC(2026, 5, 30), '2026-07'],
  ])('a plan drafted at %i starts next quarter, %s', (now, month) => {
    expect(nextQuarterStart(now)).toBe(month);
  });

  it('names quarters', () => {
    expect(quarterOf('2027-05')).toBe('Q2 2027');
  });
});
