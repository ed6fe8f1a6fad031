import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleAssessmentSchema } from '../../src/domain/assessment/example';
import { computePlan } from '../../src/domain/plan/compute-plan';
import { loadQuestionnaire } from '../../src/domain/questionnaire/load-questionnaire';
import { indexQuestionnaire } from '../../src/domain/questionnaire/questionnaire-index';
import type { ReviewEntry } from '../../src/domain/scoring/review';
import { T0 } from '../builders/assessment';

/**
 * The example assessment of questionnaire 1.0.0, with the scenario links questionnaire 1.1.0 gives
 * its indicators (tests/fixtures/scenario-links-1.0.0.json), under the default rule of a five-year plan.
 */
const fixture = JSON.parse(readFileSync('tests/fixtures/scenario-links-1.0.0.json', 'utf8')) as {
  links: Record<string, string[]>;
};
const example = exampleAssessmentSchema.parse(
  JSON.parse(readFileSync('questionnaires/cbrn-naq/1.0.0/example-assessment.json', 'utf8')),
);

function load(withLinks: boolean) {
  const json = JSON.parse(readFileSync('questionnaires/cbrn-naq-1.0.0.json', 'utf8'));
  if (withLinks)
    for (const area of json.areas)
      for (const item of area.items)
        for (const q of item.kind === 'group' ? item.questions : [item])
          if (q.scoring && q.kind !== 'risk') q.scoring.scenarios = fixture.links[q.id];
  const loaded = loadQuestionnaire(JSON.stringify(json));
  if (loaded.status === 'failure') throw new Error(JSON.stringify(loaded.issues.slice(0, 3)));
  return loaded.value;
}

function plan(withLinks: boolean, log: ReviewEntry[] = []) {
  const questionnaire = load(withLinks);
  const index = indexQuestionnaire(questionnaire);
  return computePlan({
    questionnaire,
    index,
    assessment: { id: 'example', roster: example.profile.roster, horizon: example.profile.horizon },
    answers: new Map(Object.entries(example.answers)),
    log,
    edits: undefined,
    language: 'en',
    now: T0,
  });
}

const mostCommonShare = (values: number[]) => {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return Math.max(...counts.values()) / values.length;
};

describe('priorities of the example assessment', () => {
  const linked = plan(true);
  const fallback = plan(false);
  const ranked = linked.priorities.ranked;
  const code = (id: string) =>
    linked.plan.areas.flatMap((a) => a.actions).find((a) => a.indicatorId === id)?.indicatorCode;
  const row = (c: string) => ranked.find((r) => code(r.questionId) === c);

  it('separates indicators by the scenarios they mitigate: fewer than half share the most common risk', () => {
    const share = mostCommonShare(ranked.map((r) => r.explanation.risk.value));
    const before = mostCommonShare(fallback.priorities.ranked.map((r) => r.explanation.risk.value));
    expect(before).toBeGreaterThan(0.75); // the hazard-class rule: nearly all at 20 (pandemic influenza)
    expect(share).toBeLessThan(0.5);
    expect(ranked.every((r) => r.explanation.risk.source === 'linked')).toBe(true);
  });

  it('takes personnel reliability’s risk from theft and insiders, not from pandemic influenza', () => {
    const bsc8 = row('BSC.8')!;
    expect(bsc8.explanation.risk.scenarios).not.toContain('rsk.sc-pandemic');
    expect(bsc8.explanation.risk.value).toBeLessThan(20);
  });

  it('keeps every area with a scenario rated 12 or more in High, within the bound of 30 High actions', () => {
    const rated = new Map(linked.priorities.profile.map((s) => [s.questionId, s.score]));
    const actions = linked.plan.areas.flatMap((a) => a.actions);
    const high = actions.filter((a) => a.tier === 'high');
    expect(high.length).toBeLessThanOrEqual(30);
    expect(linked.priorities.budget.high.used).toBe(high.length);
    const areasAt12 = new Set(
      ranked
        .filter((r) => r.explanation.risk.considered.some((id) => (rated.get(id) ?? 0) >= 12))
        .map((r) => r.areaId),
    );
    expect(areasAt12.size).toBeGreaterThan(5);
    for (const areaId of areasAt12)
      expect([areaId, high.some((a) => a.areaId === areaId)]).toEqual([areaId, true]);
    // Chemical safety and security (the chemical-plant scenario is rated 12) has a High action.
    expect(high.some((a) => a.areaId === 'chm')).toBe(true);
  });

  it('stages the plan: not everything starts in the first quarter', () => {
    const actions = linked.plan.areas.flatMap((a) => a.actions);
    const first = actions.filter((a) => a.start === linked.plan.startMonth).length;
    expect(first).toBeLessThanOrEqual(30);
    expect(actions.filter((a) => a.tier !== 'high').every((a) => a.start > linked.plan.startMonth)).toBe(
      true,
    );
    expect(linked.plan.areas.every((a) => a.actions.filter((x) => x.priority).length <= 3)).toBe(true);
    // Staged, but inside the plan: no action starts after its last month.
    expect(actions.filter((a) => a.start > linked.plan.endMonth)).toEqual([]);
  });

  it('sweeps the top 20 and names what would move their tier', () => {
    expect(linked.sensitivity).toHaveLength(20);
    expect(linked.sensitivity.some((s) => s.tierChanges)).toBe(true);
    for (const s of linked.sensitivity) expect(s.best).toBeLessThanOrEqual(s.rank);
  });

  it('reports its figures', () => {
    const actions = linked.plan.areas.flatMap((a) => a.actions);
    const tiers = (t: string) => actions.filter((a) => a.tier === t).length;
    const values = ranked.map((r) => r.explanation.risk.value);
    const counts = [...new Set(values)]
      .map((v) => [v, values.filter((x) => x === v).length])
      .sort((a, b) => b[1]! - a[1]!);
    console.log(
      JSON.stringify({
        ranked: ranked.length,
        riskValues: counts,
        fallbackShare: mostCommonShare(fallback.priorities.ranked.map((r) => r.explanation.risk.value)),
        actions: actions.length,
        high: tiers('high'),
        medium: tiers('medium'),
        low: tiers('low'),
        firstQuarter: actions.filter((a) => a.start === linked.plan.startMonth).length,
        sensitive: linked.sensitivity.filter((s) => s.tierChanges).map((s) => code(s.questionId)),
        top: ranked
          .slice(0, 12)
          .map((r) => [code(r.questionId), r.explanation.score, r.tier, r.explanation.tierReason]),
        rn4: [row('RN.4')?.tier, row('RN.4')?.explanation.risk.value, row('RN.4')?.explanation.rank],
      }),
    );
    expect(actions.length).toBeGreaterThan(0);
  });
});
