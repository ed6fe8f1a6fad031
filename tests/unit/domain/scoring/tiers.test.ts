import { describe, expect, it } from 'vitest';
import {
  configEntry,
  panelAnswers,
  panelQuestionnaire,
  reviewEntry,
  runPriorities,
} from '../../../../tests/builders/priorities';

const q = panelQuestionnaire;
const answers = panelAnswers;

const rows = (log = [configEntry({})]) => runPriorities(q, answers, log).priorities;
const table = (p: ReturnType<typeof rows>) =>
  p.ranked.map((r) => [
    r.questionId,
    r.explanation.score,
    r.explanation.computedTier,
    r.explanation.tierReason,
  ]);

describe('priorities: several criteria, a bounded High tier', () => {
  it('explains every factor as one formula', () => {
    const team = rows().ranked.find((r) => r.questionId === 'leg')!.explanation;
    expect(team).toMatchObject({
      current: 2,
      target: 4,
      targetSource: 'horizon',
      gap: 2,
      risk: { source: 'linked', value: 16, scenarios: ['lab'], rule: 'max' },
      weight: 1,
      obligationFactor: 1,
      dependents: ['team'],
      dependencyFactor: 1.1,
      actions: 2,
      costBand: '50k-250k',
      months: 12,
      feasibilityFactor: 1.1,
      score: 38.72, // 2 × 16 × 1 × 1 × 1.1 × 1.1
      rank: 2,
    });
  });

  it('ranks by the full rule, and leaves an indicator whose scenarios are unrated out of the risk ranking', () => {
    expect(table(rows([configEntry({ highActions: 100, mediumActions: 0, floorRisk: 0 })]))).toEqual([
      ['bsl', 70.4, 'high', 'budget'], // 2 × 16 × 2 × 1.1
      ['leg', 38.72, 'high', 'budget'],
      ['team', 35.2, 'high', 'budget'],
      ['chem', 26.4, 'high', 'budget'], // 2 × 12 × 1.1
      ['inv', 25.92, 'high', 'budget'], // 2 × 16 × 0.9 (a > €1 M action) × 0.9 (72 months: past five years)
      ['pers', 17.6, 'high', 'budget'],
      ['chem2', 13.2, 'high', 'budget'], // one level to go
      ['src', 0, 'low', 'riskNotAssessed'],
    ]);
  });

  it('gives High to the first indicators while their actions fit, Medium to the next, the rest Low', () => {
    const p = rows([configEntry({ highActions: 5, mediumActions: 4, floorRisk: 0 })]);
    expect(table(p)).toEqual([
      ['bsl', 70.4, 'high', 'budget'],
      ['leg', 38.72, 'high', 'budget'],
      ['team', 35.2, 'medium', 'budget'], // 6 actions would pass the High budget of 5
      ['chem', 26.4, 'medium', 'budget'],
      ['inv', 25.92, 'low', 'overBudget'],
      ['pers', 17.6, 'low', 'overBudget'],
      ['chem2', 13.2, 'low', 'overBudget'],
      ['src', 0, 'low', 'riskNotAssessed'],
    ]);
    expect(p.budget).toEqual({
      by: 'actions',
      rule: 'budget',
      high: { limit: 5, used: 4 },
      medium: { limit: 4, used: 4 },
    });
  });

  it('bounds High by a cost ceiling (each action at its band’s upper bound)', () => {
    const p = rows([
      configEntry({ budgetBy: 'cost', highCost: 1_000_000, mediumCost: 2_000_000, floorRisk: 0 }),
    ]);
    expect(p.ranked.filter((r) => r.explanation.computedTier === 'high').map((r) => r.questionId)).toEqual([
      'bsl',
      'leg',
    ]);
    expect(p.budget.high).toEqual({ limit: 1_000_000, used: 1_000_000 });
    expect(p.ranked.find((r) => r.questionId === 'team')!.explanation.budget).toEqual({
      by: 'cost',
      own: 500_000,
      before: 1_000_000,
    });
  });

  it('keeps the first indicator of each area with a scenario rated 12 or more in High (the area floor)', () => {
    // Without the floor, High (6 actions) would be bsl, leg and team, and chemical safety would have none.
    expect(
      table(rows([configEntry({ highActions: 6, mediumActions: 4, floorRisk: 0 })])).slice(0, 4),
    ).toEqual([
      ['bsl', 70.4, 'high', 'budget'],
      ['leg', 38.72, 'high', 'budget'],
      ['team', 35.2, 'high', 'budget'],
      ['chem', 26.4, 'medium', 'budget'],
    ]);
    expect(table(rows([configEntry({ highActions: 6, mediumActions: 4 })]))).toEqual([
      ['bsl', 70.4, 'high', 'floor'],
      ['leg', 38.72, 'high', 'floor'],
      ['chem', 26.4, 'high', 'floor'],
      ['team', 35.2, 'medium', 'budget'],
      ['inv', 25.92, 'medium', 'budget'],
      ['pers', 17.6, 'low', 'overBudget'],
      ['chem2', 13.2, 'low', 'overBudget'],
      ['src', 0, 'low', 'riskNotAssessed'],
    ]);
  });

  it('reserves the floor only within the High budget', () => {
    const p = rows([configEntry({ highActions: 4, mediumActions: 4 })]);
    expect(p.ranked.filter((r) => r.explanation.tierReason === 'floor').map((r) => r.questionId)).toEqual([
      'bsl',
      'leg',
    ]);
    expect(p.budget.high).toEqual({ limit: 4, used: 4 });
  });

  it('a legal obligation weighs what the panel says, not a fixed bonus', () => {
    const pers = (log: ReturnType<typeof configEntry>[]) =>
      rows(log).ranked.find((r) => r.questionId === 'pers')!.explanation;
    expect(pers([configEntry({})])).toMatchObject({ obligationFactor: 1, score: 17.6 });
    expect(pers([configEntry({ obligationBonus: 0.5 })])).toMatchObject({
      obligationFactor: 1.5,
      score: 26.4,
    });
  });

  it('sets targets per area; an indicator’s own target still wins', () => {
    const p = rows([
      configEntry({}),
      reviewEntry({
        kind: 'areaTarget',
        areaId: 'bio',
        from: null,
        to: 3,
        reason: 'Two steps are out of reach',
      }),
      reviewEntry({ kind: 'target', indicatorId: 'inv', from: null, to: 5, reason: 'Donor programme' }),
    ]);
    const get = (id: string) => p.ranked.find((r) => r.questionId === id)!.explanation;
    expect([get('bsl').target, get('bsl').targetSource, get('bsl').actions]).toEqual([3, 'area', 1]);
    expect([get('inv').target, get('inv').targetSource]).toEqual([5, 'indicator']);
    expect([get('leg').target, get('leg').targetSource]).toEqual([4, 'horizon']);
    expect(p.areas.find((a) => a.areaId === 'bio')).toMatchObject({
      target: { value: 3, reason: 'Two steps are out of reach' },
      indicators: 3,
      actions: 1 + 1 + 3,
      costLow: 1 * 50_000 + 1 * 50_000 + 3 * 1_000_000,
      costHigh: undefined,
    });
  });

  it('an area target at or below the level reached leaves nothing to do there', () => {
    const p = rows([
      configEntry({}),
      reviewEntry({ kind: 'areaTarget', areaId: 'chm', from: null, to: 3, reason: 'Enough' }),
    ]);
    expect(p.ranked.map((r) => r.questionId)).not.toContain('chem2');
    expect(p.atTarget.map((r) => [r.questionId, r.target])).toEqual([['chem2', 3]]);
  });

  it('takes a reviewer’s re-rating of a scenario, and the drivers a reviewer chooses', () => {
    const p = rows([
      configEntry({}),
      reviewEntry({
        kind: 'scenarioRating',
        scenarioId: 'theft',
        from: null,
        to: { likelihood: 4, impact: 5 },
        reason: 'Insider case in 2025',
      }),
      reviewEntry({
        kind: 'scenarioLinks',
        indicatorId: 'src',
        from: null,
        to: ['plant'],
        reason: 'Sources at the chemical plant',
      }),
    ]);
    const pers = p.ranked.find((r) => r.questionId === 'pers')!;
    expect(pers.explanation.risk).toMatchObject({ value: 20, scenarios: ['theft'] });
    expect(p.scenarios.find((s) => s.questionId === 'theft')).toMatchObject({
      rating: { likelihood: 4, impact: 5 },
      answered: { likelihood: 2, impact: 4 },
      rerated: true,
    });
    const rad = p.ranked.find((r) => r.questionId === 'src')!;
    expect([rad.explanation.risk.source, rad.explanation.risk.value, rad.linksOverride?.reason]).toEqual([
      'reviewed',
      12,
      'Sources at the chemical plant',
    ]);
  });

  it('withdrawing a re-rating (to null) brings the answered rating back', () => {
    const p = rows([
      configEntry({}),
      reviewEntry({
        kind: 'scenarioRating',
        scenarioId: 'theft',
        from: null,
        to: { likelihood: 4, impact: 5 },
        reason: 'x',
      }),
      reviewEntry({
        kind: 'scenarioRating',
        scenarioId: 'theft',
        from: { likelihood: 4, impact: 5 },
        to: null,
        reason: 'y',
      }),
    ]);
    expect(p.scenarios.find((s) => s.questionId === 'theft')).toMatchObject({
      rating: { likelihood: 2, impact: 4 },
      rerated: false,
    });
  });

  it('keeps the older rule by score thresholds on request', () => {
    const p = rows([configEntry({ tierRule: 'threshold', highFrom: 36, mediumFrom: 20 })]);
    expect(table(p).map(([id, , tier, reason]) => [id, tier, reason])).toEqual([
      ['bsl', 'high', 'threshold'],
      ['leg', 'high', 'threshold'],
      ['team', 'medium', 'threshold'],
      ['chem', 'medium', 'threshold'],
      ['inv', 'medium', 'threshold'],
      ['pers', 'low', 'threshold'],
      ['chem2', 'low', 'threshold'],
      ['src', 'low', 'riskNotAssessed'],
    ]);
  });
});
