import { describe, expect, it } from 'vitest';
import type { AnswerState } from '../../../../src/domain/assessment/answer';
import { computeVisibility } from '../../../../src/domain/conditions/visibility';
import { indexQuestionnaire } from '../../../../src/domain/questionnaire/questionnaire-index';
import { defaultPriorityConfig, priorityConfigSchema } from '../../../../src/domain/scoring/config';
import { prioritise } from '../../../../src/domain/scoring/prioritise';
import { reviewEntrySchema, summariseReview, type ReviewEntry } from '../../../../src/domain/scoring/review';
import { T0 } from '../../../../tests/builders/assessment';
import { answers, fullFeature } from '../../../../tests/builders/questionnaire';

const DEFAULT_PRIORITY_CONFIG = defaultPriorityConfig(5);

const index = indexQuestionnaire(fullFeature());

const entry = (e: Partial<ReviewEntry> & Pick<ReviewEntry, 'kind'>): ReviewEntry =>
  reviewEntrySchema.parse({
    id: `e${e.at ?? 0}-${e.kind}`,
    assessmentId: 'a1',
    at: T0,
    reviewer: 'Dr Expert',
    ...e,
  });

function run(given: Record<string, AnswerState>, horizon: 1 | 5 = 5, log: ReviewEntry[] = []) {
  const a = answers(given);
  return prioritise({
    index,
    answers: a,
    visibility: computeVisibility(index, a),
    horizon,
    review: summariseReview(log, defaultPriorityConfig(horizon)),
  });
}

const base: Record<string, AnswerState> = {
  'bio.authority': { value: 2 },
  'bio.has-bsl3': { value: 'yes' },
  'bio.inventory': { value: 'none' },
  'bio.transport': { value: 'partly' },
  'ops.risk-lab': { value: { likelihood: 4, impact: 4 } },
};

describe('prioritise', () => {
  it('explains every factor: gap × risk × weight × obligation', () => {
    const { ranked } = run(base);
    expect(ranked.find((r) => r.questionId === 'bio.authority')!.explanation).toEqual({
      current: 2,
      computedTarget: 4,
      target: 4,
      gap: 2,
      risk: { value: 16, scenarios: ['ops.risk-lab'], assumed: false, rule: 'max' },
      weight: 2,
      obligations: ['BWC', 'UNSCR1540'],
      obligationFactor: 1.25,
      score: 80,
      computedTier: 'high',
      thresholds: { high: 75, medium: 40 },
    });
  });

  it.each<[string, Record<string, AnswerState>, 1 | 5, [string, number, string][]]>([
    // bio.inventory answers give levels 1, 3, 5 only: from 1 its target is 5 (five years) or 3 (one year)
    [
      'five-year horizon',
      base,
      5,
      [
        ['bio.inventory', 120, 'high'],
        ['bio.authority', 80, 'high'],
        ['bio.transport', 32, 'low'],
      ],
    ],
    [
      'one-year horizon',
      base,
      1,
      [
        ['bio.inventory', 60, 'high'],
        ['bio.authority', 40, 'high'],
        ['bio.transport', 32, 'medium'],
      ],
    ],
    [
      'no risk rated: the default risk 9 is assumed',
      { ...base, 'ops.risk-lab': {} },
      5,
      [
        ['bio.inventory', 67.5, 'medium'],
        ['bio.authority', 45, 'medium'],
        ['bio.transport', 18, 'low'],
      ],
    ],
    [
      'half-rated risk counts as not rated',
      { ...base, 'ops.risk-lab': { value: { likelihood: 5 } } },
      5,
      [
        ['bio.inventory', 67.5, 'medium'],
        ['bio.authority', 45, 'medium'],
        ['bio.transport', 18, 'low'],
      ],
    ],
    [
      'a low risk lowers every tier',
      { ...base, 'ops.risk-lab': { value: { likelihood: 1, impact: 2 } } },
      5,
      [
        ['bio.inventory', 15, 'low'],
        ['bio.authority', 10, 'low'],
        ['bio.transport', 4, 'low'],
      ],
    ],
    [
      '"don\'t know" and hidden indicators are left out',
      { ...base, 'bio.authority': { special: 'dontKnow' }, 'bio.has-bsl3': { value: 'no' } },
      5,
      [],
    ],
  ])('ranks by tier then score: %s', (_name, given, horizon, expected) => {
    expect(run(given, horizon).ranked.map((r) => [r.questionId, r.explanation.score, r.tier])).toEqual(
      expected,
    );
  });

  it('lists indicators at their target and those not assessed apart', () => {
    const result = run(
      { ...base, 'bio.inventory': { value: 'electronic' }, 'bio.transport': { special: 'dontKnow' } },
      1,
    );
    expect(result.atTarget.map((r) => [r.questionId, r.target])).toEqual([['bio.inventory', 5]]);
    expect(result.notAssessed.map((r) => [r.questionId, r.result])).toEqual([
      ['bio.transport', { assessed: false, reason: 'dontKnow' }],
    ]);
  });

  it('applies a target override, keeping the computed target visible', () => {
    const row = run(base, 5, [
      entry({
        kind: 'target',
        indicatorId: 'bio.authority',
        from: null,
        to: 3,
        reason: 'Budget allows one step',
      }),
    ]).ranked.find((r) => r.questionId === 'bio.authority')!;
    expect(row.explanation).toMatchObject({ computedTarget: 4, target: 3, gap: 1, score: 40 });
    expect(row.targetOverride).toMatchObject({
      value: 3,
      reason: 'Budget allows one step',
      reviewer: 'Dr Expert',
    });
  });

  it('a target override at or below the current level removes the gap', () => {
    const result = run(base, 5, [
      entry({
        kind: 'target',
        indicatorId: 'bio.transport',
        from: null,
        to: 2,
        reason: 'Not a national priority',
      }),
    ]);
    expect(result.ranked.map((r) => r.questionId)).not.toContain('bio.transport');
    expect(result.atTarget.map((r) => r.questionId)).toContain('bio.transport');
  });

  it('applies a tier override and re-ranks, keeping the computed tier in the explanation', () => {
    const result = run(base, 5, [
      entry({
        kind: 'tier',
        indicatorId: 'bio.transport',
        from: 'medium',
        to: 'high',
        reason: 'Shipments cross two borders',
      }),
    ]);
    const transport = result.ranked.find((r) => r.questionId === 'bio.transport')!;
    expect([transport.tier, transport.explanation.computedTier]).toEqual(['high', 'low']);
    expect(result.ranked.map((r) => r.tier)).toEqual(['high', 'high', 'high']);
  });

  it('withdrawing an override (to null) brings the computed value back', () => {
    const log = [
      entry({
        kind: 'tier',
        indicatorId: 'bio.inventory',
        from: 'high',
        to: 'low',
        reason: 'Collections consolidated',
        at: T0,
      }),
      entry({
        kind: 'tier',
        indicatorId: 'bio.inventory',
        from: 'low',
        to: null,
        reason: 'Consolidation not finished',
        at: T0 + 1,
      }),
    ];
    expect(run(base, 5, log).ranked.find((r) => r.questionId === 'bio.inventory')!.tier).toBe('high');
  });

  it('uses the configuration in force from the log', () => {
    const to = priorityConfigSchema.parse({ obligationBonus: 0, highFrom: 100, mediumFrom: 50 });
    const result = run(base, 5, [
      entry({ kind: 'config', from: DEFAULT_PRIORITY_CONFIG, to, reason: 'Workshop agreed thresholds' }),
    ]);
    expect(result.ranked.map((r) => [r.questionId, r.explanation.score, r.tier])).toEqual([
      ['bio.inventory', 96, 'medium'],
      ['bio.authority', 64, 'medium'],
      ['bio.transport', 32, 'low'],
    ]);
  });

  it('marks reviewed indicators', () => {
    const result = run(base, 5, [entry({ kind: 'accept', indicatorId: 'bio.authority' })]);
    expect(result.ranked.filter((r) => r.reviewed).map((r) => r.questionId)).toEqual(['bio.authority']);
  });
});
