import { describe, expect, it } from 'vitest';
import type { AnswerState } from '../../src/domain/assessment/answer';
import { computeVisibility } from '../../src/domain/conditions/visibility';
import { indexQuestionnaire } from '../../src/domain/questionnaire/walk';
import { defaultPriorityConfig, priorityConfigSchema, tierOf } from '../../src/domain/scoring/config';

const DEFAULT_PRIORITY_CONFIG = defaultPriorityConfig(5);
import { currentLevel, scoreIndicators, summarizeAreas } from '../../src/domain/scoring/current-level';
import { prioritise } from '../../src/domain/scoring/prioritise';
import {
  mergeReviewLogs,
  reviewEntrySchema,
  summarizeReview,
  type ReviewEntry,
} from '../../src/domain/scoring/review';
import { borneRisk, type ScenarioRisk } from '../../src/domain/scoring/risk';
import { defaultTarget, targetFor } from '../../src/domain/scoring/target';
import { T0 } from '../builders/assessment';
import { answers, fullFeature } from '../builders/questionnaire';

const index = indexQuestionnaire(fullFeature());
const question = (id: string) => index.byId.get(id)!.question;

describe('currentLevel: "don\'t know", no answer and hidden are never level 1', () => {
  it.each<[string, string, AnswerState | undefined, boolean, unknown]>([
    ['capacity level', 'bio.authority', { value: 3 }, true, { assessed: true, level: 3 }],
    ['capacity level 1', 'bio.authority', { value: 1 }, true, { assessed: true, level: 1 }],
    [
      '"don\'t know"',
      'bio.authority',
      { special: 'dontKnow' },
      true,
      { assessed: false, reason: 'dontKnow' },
    ],
    [
      '"don\'t know" over a kept value',
      'bio.authority',
      { value: 4, special: 'dontKnow' },
      true,
      { assessed: false, reason: 'dontKnow' },
    ],
    [
      '"not applicable"',
      'bio.transport',
      { special: 'notApplicable' },
      true,
      { assessed: false, reason: 'notApplicable' },
    ],
    ['no answer', 'bio.authority', undefined, true, { assessed: false, reason: 'unanswered' }],
    [
      'a comment only',
      'bio.authority',
      { comment: 'ask MoH' },
      true,
      { assessed: false, reason: 'unanswered' },
    ],
    ['hidden question', 'bio.inventory', { value: 'paper' }, false, { assessed: false, reason: 'hidden' }],
    [
      'out-of-scale stored value',
      'bio.authority',
      { value: 7 },
      true,
      { assessed: false, reason: 'unanswered' },
    ],
    ['choice mapped to a level', 'bio.inventory', { value: 'paper' }, true, { assessed: true, level: 3 }],
    [
      'choice mapped to null',
      'bio.inventory',
      { value: 'other' },
      true,
      { assessed: false, reason: 'unscoredOption' },
    ],
    ['yes/partly/no mapped', 'bio.transport', { value: 'partly' }, true, { assessed: true, level: 2 }],
    ['"no" mapped to level 1', 'bio.transport', { value: 'no' }, true, { assessed: true, level: 1 }],
  ])('%s', (_name, id, state, visible, expected) => {
    expect(currentLevel(question(id), state, visible)).toEqual(expected);
  });
});

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

const profile: ScenarioRisk[] = [
  { questionId: 'lab', hazard: 'B', likelihood: 3, impact: 4, score: 12 },
  { questionId: 'outbreak', hazard: 'B', likelihood: 5, impact: 3, score: 15 },
  { questionId: 'plant', hazard: 'C', likelihood: 2, impact: 4, score: 8 },
];

describe('borneRisk', () => {
  it.each<[string, ('C' | 'B' | 'R' | 'N')[], 'max' | 'mean', unknown]>([
    [
      "the maximum over the hazard's scenarios",
      ['B'],
      'max',
      { value: 15, scenarios: ['outbreak'], assumed: false },
    ],
    [
      'the mean, when configured',
      ['B'],
      'mean',
      { value: 13.5, scenarios: ['lab', 'outbreak'], assumed: false },
    ],
    [
      'the maximum over several hazards',
      ['C', 'B'],
      'max',
      { value: 15, scenarios: ['outbreak'], assumed: false },
    ],
    ['only the hazards protected against', ['C'], 'max', { value: 8, scenarios: ['plant'], assumed: false }],
    [
      'the default when no scenario of the hazard is rated',
      ['N'],
      'max',
      { value: 9, scenarios: [], assumed: true },
    ],
  ])('takes %s', (_name, hazards, riskRule, expected) => {
    expect(borneRisk(hazards, profile, { ...DEFAULT_PRIORITY_CONFIG, riskRule })).toEqual(expected);
  });
});

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
    review: summarizeReview(log, defaultPriorityConfig(horizon)),
  });
}

// bio.authority: weight 2, B, BWC+1540 · bio.inventory: weight 1.5, B, 1540 · bio.transport: weight 1, B, none
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

describe('the review log', () => {
  it.each([
    [
      'a tier override without a reason',
      { kind: 'tier', indicatorId: 'x', from: 'low', to: 'high', reason: '  ' },
      'reason',
    ],
    ['a target override without a reason', { kind: 'target', indicatorId: 'x', from: null, to: 4 }, 'reason'],
    ['a target off the scale', { kind: 'target', indicatorId: 'x', from: null, to: 6, reason: 'x' }, 'to'],
    ['an empty comment', { kind: 'comment', indicatorId: 'x', text: '' }, 'text'],
  ])('refuses %s', (_name, e, field) => {
    const parsed = reviewEntrySchema.safeParse({ id: 'e1', assessmentId: 'a1', at: T0, reviewer: 'R', ...e });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path).toEqual([field]);
  });

  it('derives state, reviewed marks and overrides, latest first', () => {
    const s = summarizeReview(
      [
        entry({ kind: 'state', from: 'draft', to: 'inReview', at: T0 + 1 }),
        entry({ kind: 'reviewed', indicatorId: 'a', reviewed: true, at: T0 + 2 }),
        entry({ kind: 'reviewed', indicatorId: 'a', reviewed: false, at: T0 + 3 }),
        entry({ kind: 'reviewed', indicatorId: 'b', reviewed: true, at: T0 + 4 }),
        entry({ kind: 'comment', indicatorId: 'b', text: 'Check the 2024 inspection report', at: T0 + 5 }),
      ],
      DEFAULT_PRIORITY_CONFIG,
    );
    expect(s.state).toBe('inReview');
    expect([...s.reviewed]).toEqual(['b']);
    expect(s.byIndicator.get('b')?.map((e) => e.kind)).toEqual(['reviewed', 'comment']);
  });

  it('merges logs from two devices without duplicates, in time order', () => {
    const a = entry({ kind: 'comment', indicatorId: 'x', text: 'one', at: T0 + 2 });
    const b = entry({ kind: 'accept', indicatorId: 'x', at: T0 + 1 });
    expect(mergeReviewLogs([a, b], [a]).map((e) => e.id)).toEqual([b.id, a.id]);
  });
});

describe('area summaries', () => {
  it('give mean, minimum and the share assessed, leaving "not applicable" and hidden out of the share', () => {
    const a = answers({
      'bio.authority': { value: 4 },
      'bio.has-bsl3': { value: 'no' },
      'bio.transport': { special: 'notApplicable' },
    });
    const [bio] = summarizeAreas(['bio'], scoreIndicators(index, a, computeVisibility(index, a)));
    expect(bio).toEqual({ areaId: 'bio', indicators: 3, assessed: 1, assessedShare: 1, mean: 4, min: 4 });
  });

  it('count "don\'t know" as applicable but not assessed', () => {
    const a = answers({
      'bio.authority': { value: 2 },
      'bio.has-bsl3': { value: 'yes' },
      'bio.inventory': { special: 'dontKnow' },
      'bio.transport': { value: 'yes' },
    });
    const [bio] = summarizeAreas(['bio'], scoreIndicators(index, a, computeVisibility(index, a)));
    expect(bio).toMatchObject({ assessed: 2, assessedShare: 2 / 3, mean: 3, min: 2 });
  });
});
