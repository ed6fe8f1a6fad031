import { describe, expect, it } from 'vitest';
import { defaultPriorityConfig, tierOf } from '../../../../src/domain/scoring/config';

describe('tierOf with the default thresholds of each horizon', () => {
  it.each<[1 | 5, number, string]>([
    [5, 100, 'high'],
    [5, 75, 'high'],
    [5, 74.99, 'medium'],
    [5, 40, 'medium'],
    [5, 39.9, 'low'],
    [5, 0.5, 'low'],
    [1, 40, 'high'],
    [1, 39.5, 'medium'],
    [1, 25, 'medium'],
    [1, 24.9, 'low'],
  ])('%i-year plan: %f → %s', (horizon, score, tier) => {
    expect(tierOf(score, defaultPriorityConfig(horizon))).toBe(tier);
  });
});
