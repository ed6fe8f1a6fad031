import { describe, expect, it } from 'vitest';
import { defaultPriorityConfig } from '../../../../src/domain/scoring/config';
import { budgetCost, dependencyFactor, feasibility } from '../../../../src/domain/scoring/prioritise';
import type { Action } from '../../../../src/domain/questionnaire/schema';
import type { CostBand } from '../../../../src/domain/questionnaire/vocabulary';

const config = defaultPriorityConfig(5);
const action = (costBand: CostBand, durationMonths: number) => ({ costBand, durationMonths }) as Action;

describe('the criteria beside gap × risk × weight', () => {
  it.each<[string, number, number]>([
    ['nothing builds on it', 0, 1],
    ['one indicator needs it first', 1, 1.1],
    ['three do', 3, 1.3],
    ['seven do: capped', 7, 1.5],
  ])('dependency: %s → × %s', (_name, dependents, factor) => {
    expect(dependencyFactor(dependents, config)).toBe(factor);
  });

  it.each<[string, Action[], 1 | 5, ReturnType<typeof feasibility>]>([
    ['no action in the library', [], 5, { factor: 1, months: 0, beyondHorizon: false }],
    [
      'small, quick actions',
      [action('lt-50k', 6), action('lt-50k', 6)],
      5,
      { factor: 1.2, costBand: 'lt-50k', months: 12, beyondHorizon: false },
    ],
    [
      'the costliest band decides',
      [action('lt-50k', 6), action('gt-1m', 24)],
      5,
      { factor: 0.9, costBand: 'gt-1m', months: 30, beyondHorizon: false },
    ],
    [
      'actions outrunning a one-year plan',
      [action('250k-1m', 9), action('250k-1m', 9)],
      1,
      { factor: 0.9, costBand: '250k-1m', months: 18, beyondHorizon: true },
    ],
  ])('feasibility: %s', (_name, actions, horizon, expected) => {
    expect(feasibility(actions, horizon, config)).toEqual(expected);
  });

  it.each<[CostBand, number]>([
    ['lt-50k', 50_000],
    ['50k-250k', 250_000],
    ['250k-1m', 1_000_000],
    ['gt-1m', 1_000_000],
  ])('a %s action weighs %s EUR against a cost ceiling', (band, eur) => {
    expect(budgetCost(band)).toBe(eur);
  });
});
