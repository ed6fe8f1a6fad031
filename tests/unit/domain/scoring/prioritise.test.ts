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

const questionnaire = fullFeature();
const index = indexQuestionnaire(questionnaire);

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
    actions: questionnaire.actions,
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
  it('explains every factor: gap × risk × weight × obligation × dependency × feasibility', () => {
    const { ranked } = run(base);
    expect(ranked.find((r) => r.questionId === 'bio.authority')!.explanation).toEqual({
      current: 2,
      computedTarget: 4,
      target: 4,
      targetSource: 'horizon',
      gap: 2,
      // No scenario links in this file: the hazard-class rule, shown as the fallback.
      risk: {
        source: 'fallback',
        value: 16,
        scenarios: ['ops.risk-lab'],
        unrated: [],
        considered: ['ops.risk-lab'],
        rule: 'max',
      },
      weight: 2,
      obligations: ['BWC', 'UNSCR1540'],
      obligationFactor: 1,
      dependents: [],
      dependencyFactor: 1,
      actions: 2,
      costBand: '50k-250k',
      months: 24,
      beyondHorizon: false,
      feasibilityFactor: 1.1,
      score: 70.4,
      rank: 2,
      computedTier: 'high',
      tierReason: 'budget',
      // bio.inventory, first of an area with a scenario rated 16, reserved its 2 actions first.
      budget: { by: 'actions', own: 2, before: 2 },
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
        ['bio.inventory', 96, 'high'],
        ['bio.authority', 70.4, 'high'],
        ['bio.transport', 38.4, 'high'],
      ],
    ],
    [
      'one-year horizon',
      base,
      1,
      [
        ['bio.inventory', 57.6, 'high'],
        ['bio.transport', 38.4, 'high'],
        ['bio.authority', 35.2, 'high'],
      ],
    ],
    [
      'no risk rated: risk not assessed, nothing assumed, all Low in questionnaire order',
      { ...base, 'ops.risk-lab': {} },
      5,
      [
        ['bio.authority', 0, 'low'],
        ['bio.inventory', 0, 'low'],
        ['bio.transport', 0, 'low'],
      ],
    ],
    [
      'half-rated risk counts as not rated',
      { ...base, 'ops.risk-lab': { value: { likelihood: 5 } } },
      5,
      [
        ['bio.authority', 0, 'low'],
        ['bio.inventory', 0, 'low'],
        ['bio.transport', 0, 'low'],
      ],
    ],
    [
      'a low risk lowers every score; tiers follow the rank within the budget',
      { ...base, 'ops.risk-lab': { value: { likelihood: 1, impact: 2 } } },
      5,
      [
        ['bio.inventory', 12, 'high'],
        ['bio.authority', 8.8, 'high'],
        ['bio.transport', 4.8, 'high'],
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
    expect(row.explanation).toMatchObject({
      computedTarget: 4,
      target: 3,
      targetSource: 'indicator',
      gap: 1,
      score: 35.2,
    });
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
        indicatorId: 'bio.inventory',
        from: 'high',
        to: 'low',
        reason: 'Collections consolidated into one repository',
      }),
    ]);
    const inventory = result.ranked.find((r) => r.questionId === 'bio.inventory')!;
    expect([inventory.tier, inventory.explanation.computedTier]).toEqual(['low', 'high']);
    expect(result.ranked.map((r) => [r.questionId, r.tier])).toEqual([
      ['bio.authority', 'high'],
      ['bio.transport', 'high'],
      ['bio.inventory', 'low'],
    ]);
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
    const to = priorityConfigSchema.parse({
      obligationBonus: 0.25,
      tierRule: 'threshold',
      highFrom: 100,
      mediumFrom: 50,
    });
    const result = run(base, 5, [
      entry({ kind: 'config', from: DEFAULT_PRIORITY_CONFIG, to, reason: 'Workshop agreed thresholds' }),
    ]);
    expect(result.ranked.map((r) => [r.questionId, r.explanation.score, r.tier])).toEqual([
      ['bio.inventory', 120, 'high'],
      ['bio.authority', 88, 'medium'],
      ['bio.transport', 38.4, 'low'],
    ]);
  });

  it('reads a rule saved by an earlier version (with the assumed risk it no longer uses)', () => {
    const old = { obligationBonus: 0.25, riskRule: 'max', defaultRisk: 9, highFrom: 75, mediumFrom: 40 };
    const parsed = priorityConfigSchema.parse(old);
    expect(parsed).toMatchObject({ ...old, tierRule: 'budget', highActions: 30, floorRisk: 12 });
  });

  it('marks reviewed indicators', () => {
    const result = run(base, 5, [entry({ kind: 'accept', indicatorId: 'bio.authority' })]);
    expect(result.ranked.filter((r) => r.reviewed).map((r) => r.questionId)).toEqual(['bio.authority']);
  });
});
