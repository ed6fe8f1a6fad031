import { describe, expect, it } from 'vitest';
import { answers } from '../../../builders/questionnaire';
import { indexQuestionnaire } from '../../../../src/domain/questionnaire/questionnaire-index';
import {
  adoptPlan,
  adoptedPlanSchema,
  planChanges,
  versionInForce,
} from '../../../../src/domain/monitoring/adopted-plan';
import { compareAssessments } from '../../../../src/domain/monitoring/compare';
import { mergeMonitoring, settleConflict } from '../../../../src/domain/monitoring/merge-monitoring';
import { statusAsOf } from '../../../../src/domain/monitoring/monitoring';
import { T0 } from '../../../builders/assessment';
import { adoptedAction, adoptedPlan, update } from '../../../builders/monitoring';
import { makePlanWithStructure } from '../../../builders/plan';
import { level, priorityQuestionnaire } from '../../../builders/priorities';

const decision = { adoptedOn: '2026-12-15', adoptedBy: ' Cabinet of Ministers ', author: 'N. C.', now: T0 };

describe('adopting the plan', () => {
  const { plan, structure } = makePlanWithStructure();
  it('freezes the live actions with their objective, lead, timeline and cost bounds, as version 1', () => {
    const adopted = adoptPlan('a1', plan, structure.objectives, undefined, [], decision);
    expect(adoptedPlanSchema.safeParse(adopted).success).toBe(true);
    expect(adopted.version).toBe(1);
    expect(adopted.adoptedBy).toBe('Cabinet of Ministers');
    const live = plan.areas.flatMap((a) => a.actions).filter((a) => a.status !== 'dropped');
    expect(adopted.actions.map((a) => a.id)).toEqual(live.map((a) => a.id));
    for (const a of adopted.actions) {
      expect(a.objectiveId).toBeDefined();
      expect(a.costHigh).toBeGreaterThanOrEqual(a.costLow);
    }
  });
  it('numbers the next adoption after the highest earlier version, and leaves dropped actions out', () => {
    const first = adoptPlan('a1', plan, structure.objectives, undefined, [], decision);
    const dropped = first.actions[0]!.id;
    const next = makePlanWithStructure({
      edits: { edits: { [dropped]: { status: 'dropped', dropReason: 'done by a donor project' } } },
    });
    const second = adoptPlan('a1', next.plan, next.structure.objectives, undefined, [first], {
      ...decision,
      adoptedOn: '2028-01-20',
    });
    expect(second.version).toBe(2);
    expect(second.actions.some((a) => a.id === dropped)).toBe(false);
    expect(planChanges(first, second)).toContainEqual(
      expect.objectContaining({ kind: 'removed', actionId: dropped }),
    );
  });
  it('refuses an adoption without the adopting body', () => {
    expect(() =>
      adoptPlan('a1', plan, structure.objectives, undefined, [], { ...decision, adoptedBy: '  ' }),
    ).toThrow('say which body adopted the plan');
  });
});

describe('the change list between two versions', () => {
  const v1 = adoptedPlan([
    adoptedAction({ id: 'a' }),
    adoptedAction({ id: 'b' }),
    adoptedAction({ id: 'c' }),
  ]);
  it.each([
    [
      'nothing changed',
      [adoptedAction({ id: 'a' }), adoptedAction({ id: 'b' }), adoptedAction({ id: 'c' })],
      [],
    ],
    [
      'one action later and led by another agency, one added, one removed',
      [
        adoptedAction({ id: 'a', end: '2027-12', leadAgencyId: 'sanitary' }),
        adoptedAction({ id: 'b' }),
        adoptedAction({ id: 'd' }),
      ],
      [
        {
          kind: 'changed',
          actionId: 'a',
          number: 'A-a',
          title: 'Action a',
          fields: [
            { field: 'leadAgencyId', before: 'moh', after: 'sanitary' },
            { field: 'end', before: '2027-06', after: '2027-12' },
          ],
        },
        { kind: 'added', actionId: 'd', number: 'A-d', title: 'Action d' },
        { kind: 'removed', actionId: 'c', number: 'A-c', title: 'Action c' },
      ],
    ],
    [
      'a funding source given where there was none',
      [
        adoptedAction({ id: 'a', fundingSource: 'donor' }),
        adoptedAction({ id: 'b' }),
        adoptedAction({ id: 'c' }),
      ],
      [
        {
          kind: 'changed',
          actionId: 'a',
          number: 'A-a',
          title: 'Action a',
          fields: [{ field: 'fundingSource', before: null, after: 'donor' }],
        },
      ],
    ],
  ])('%s', (_, actions, expected) => {
    expect(planChanges(v1, { actions })).toEqual(expected);
  });
  it('finds the version in force on a day', () => {
    const v2 = adoptedPlan([], { version: 2, adoptedOn: '2028-02-01' });
    expect(versionInForce([v2, v1], '2026-12-01')).toBeUndefined();
    expect(versionInForce([v2, v1], '2027-06-30')?.version).toBe(1);
    expect(versionInForce([v2, v1], '2028-02-01')?.version).toBe(2);
  });
});

describe('comparing two assessments', () => {
  const q1 = priorityQuestionnaire(
    [
      { id: 'gov.law', area: 'gov' },
      { id: 'gov.team', area: 'gov' },
      { id: 'bio.old', area: 'bio' },
      { id: 'bio.lab', area: 'bio' },
    ],
    [{ id: 'rsk.lab', hazard: 'B' }],
  );
  const q2 = priorityQuestionnaire(
    [
      { id: 'gov.law', area: 'gov' },
      { id: 'gov.team', area: 'gov' },
      { id: 'bio.lab-register', area: 'bio' },
      { id: 'bio.new', area: 'bio' },
    ],
    [{ id: 'rsk.lab', hazard: 'B' }],
  );
  const i1 = indexQuestionnaire(q1);
  const i2 = indexQuestionnaire(q2);
  const earlier = {
    day: '2026-11-01',
    index: i1,
    answers: answers({ 'gov.law': level(2), 'gov.team': level(3), 'bio.old': level(1), 'bio.lab': level(2) }),
  };
  const later = {
    day: '2029-11-01',
    index: i2,
    answers: answers({
      'gov.law': level(4),
      'gov.team': level(3),
      'bio.lab-register': level(1),
      'bio.new': level(2),
    }),
  };
  const c = compareAssessments(earlier, later, {
    renamed: new Map([['bio.lab', 'bio.lab-register']]),
    actionsDone: [
      { indicatorId: 'gov.law', number: 'A-GOV.1' },
      { indicatorId: 'gov.law', number: 'A-GOV.2' },
      { number: 'A-X.1' },
    ],
  });
  it.each([
    ['gov.law', 'both', 2, 4, 2, ['A-GOV.1', 'A-GOV.2']],
    ['gov.team', 'both', 3, 3, 0, []],
    ['bio.lab-register', 'both', 2, 1, -1, []],
    ['bio.new', 'added', null, 2, null, []],
    ['bio.old', 'removed', 1, null, null, []],
  ])(
    '%s: %s, level %s then %s now, change %s, done in between %j',
    (id, presence, before, after, change, done) => {
      expect(c.indicators.find((i) => i.questionId === id)).toMatchObject({
        presence,
        before,
        after,
        change,
        actionsDone: done,
      });
    },
  );
  it('sums up by area and overall', () => {
    expect(c.areas).toEqual([
      { areaId: 'gov', before: 2.5, after: 3.5, change: 1, improved: 1, worse: 0, same: 1 },
      { areaId: 'bio', before: 1.5, after: 1.5, change: 0, improved: 0, worse: 1, same: 0 },
    ]);
    expect(c.summary).toEqual({ compared: 3, improved: 1, worse: 1, same: 1, added: 1, removed: 1 });
  });
  it('does not compare an indicator not assessed on one side', () => {
    const partly = { ...later, answers: answers({ 'gov.law': { special: 'dontKnow' } }) };
    const row = compareAssessments(earlier, partly).indicators.find((i) => i.questionId === 'gov.law');
    expect(row).toMatchObject({ before: 2, after: null, change: null });
  });
});

describe('merging monitoring updates', () => {
  const coordinator = update({
    id: 'c1',
    actionId: 'a',
    asOf: '2027-03-31',
    status: 'onTrack',
    progress: 30,
    author: 'NC',
    recordedAt: 100,
  });
  const agency = update({
    id: 'm1',
    actionId: 'a',
    asOf: '2027-03-31',
    status: 'delayed',
    progress: 20,
    reason: 'lab not ready',
    author: 'MoH',
    recordedAt: 90,
  });
  it.each([
    [
      'an update we do not have',
      [coordinator],
      [update({ id: 'm2', actionId: 'b', asOf: '2027-03-31', status: 'onTrack' })],
      1,
      0,
    ],
    ['an update we already have', [coordinator], [coordinator], 0, 0],
    ['the same report from both', [coordinator], [{ ...coordinator, id: 'm3', author: 'MoH' }], 1, 0],
    ['two reports of one action for one day that differ', [coordinator], [agency], 1, 1],
    ['reports of one action for different days', [coordinator], [{ ...agency, asOf: '2027-06-30' }], 1, 0],
  ])('%s: %i added, %i conflicts', (_, local, incoming, added, conflicts) => {
    const merged = mergeMonitoring(local, incoming);
    expect([merged.added.length, merged.conflicts.length]).toEqual([added, conflicts]);
  });
  it('settles a conflict with a new update that wins on every copy and is not a conflict again', () => {
    const [conflict] = mergeMonitoring([coordinator], [agency]).conflicts;
    const settled = settleConflict(conflict!, 'incoming', { id: 's1', author: 'NC', now: 50 });
    expect(settled).toMatchObject({
      status: 'delayed',
      reason: 'lab not ready',
      resolves: ['c1', 'm1'],
      recordedAt: 101,
    });
    const ours = [coordinator, agency, settled];
    expect(statusAsOf(ours, '2027-03-31').get('a')?.id).toBe('s1');
    // The agency imports the coordinator's file later: nothing to decide again.
    expect(mergeMonitoring([agency], ours).conflicts).toEqual([]);
  });
});
