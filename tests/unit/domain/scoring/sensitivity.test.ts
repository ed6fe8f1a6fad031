import { describe, expect, it } from 'vitest';
import { sensitivity } from '../../../../src/domain/scoring/sensitivity';
import {
  configEntry,
  level,
  panelAnswers,
  panelQuestionnaire,
  priorityQuestionnaire,
  rated,
  runPriorities,
} from '../../../../tests/builders/priorities';

const q = panelQuestionnaire;
const answers = panelAnswers;

const sweep = (config: Parameters<typeof configEntry>[0]) => {
  const { priorities, review } = runPriorities(q, answers, [configEntry(config)]);
  return sensitivity(priorities, review.config).map((s) => [
    s.questionId,
    s.rank,
    s.best,
    s.worst,
    s.tiers.join('/'),
    s.movers,
  ]);
};

describe('sensitivity: a deterministic sweep of the top of the ranking', () => {
  it('gives each indicator its rank range and flags those whose tier a one-step re-rating moves', () => {
    // High takes 6 actions: bsl, leg, team; Medium 4 more: chem, inv.
    // One step more likelihood for the theft scenario (2 → 3, risk 8 → 12) lifts pers to 26.4, level
    // with chem: pers moves into Medium and inv out of it. Weights ±25% move ranks, not tiers.
    const theftUp = { kind: 'likelihood', scenarioId: 'theft', step: 1 };
    expect(sweep({ highActions: 6, mediumActions: 4, floorRisk: 0 })).toEqual([
      ['bsl', 1, 1, 1, 'high', []],
      ['leg', 2, 2, 3, 'high', []],
      ['team', 3, 2, 3, 'high', []],
      ['chem', 4, 4, 5, 'medium', []],
      ['inv', 5, 4, 6, 'medium/low', [theftUp]],
      ['pers', 6, 5, 7, 'medium/low', [theftUp]],
      ['chem2', 7, 6, 7, 'low', []],
    ]);
  });

  it('finds nothing to discuss when the budget carries every indicator', () => {
    expect(sweep({ highActions: 100, floorRisk: 0 }).every(([, , , , tiers]) => tiers === 'high')).toBe(true);
  });

  it('sweeps only the first 20 by score', () => {
    const many = priorityQuestionnaire(
      Array.from({ length: 30 }, (_, i) => ({
        id: `i${i}`,
        area: 'bio',
        weight: 0.5 + (i % 6) * 0.5,
        scenarios: ['lab'],
      })),
      [{ id: 'lab', hazard: 'B' }],
    );
    const given = Object.fromEntries([
      ...Array.from({ length: 30 }, (_, i) => [`i${i}`, level(1 + (i % 3))]),
      ['lab', rated(3, 3)],
    ]);
    const { priorities, review } = runPriorities(many, given);
    const result = sensitivity(priorities, review.config);
    expect(result.map((s) => s.rank)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});
