import { describe, expect, it } from 'vitest';
import { defaultTarget, targetFor } from '../../../../src/domain/scoring/target';

describe('defaultTarget (WHO Benchmarks)', () => {
  it.each<[number, 1 | 5, number]>([
    [1, 1, 2],
    [2, 1, 3],
    [4, 1, 5],
    [5, 1, 5],
    [1, 5, 4],
    [2, 5, 4],
    [3, 5, 4],
    [4, 5, 5],
    [5, 5, 5],
  ])('current %i over %i year(s) → %i', (current, horizon, target) => {
    expect(defaultTarget(current, horizon)).toBe(target);
  });
});

describe('targetFor: the default target moved up to a level the answers can give', () => {
  it.each<[number, 1 | 5, number[], number]>([
    [1, 5, [1, 2, 3, 4, 5], 4],
    [1, 5, [1, 3, 5], 5],
    [1, 1, [1, 3, 5], 3],
    [3, 1, [1, 3, 5], 5],
    [2, 5, [1, 2, 4], 4],
    [1, 1, [1], 1],
  ])('current %i over %i year(s) with levels %j → %i', (current, horizon, reachable, target) => {
    expect(targetFor(current, horizon, reachable)).toBe(target);
  });
});
