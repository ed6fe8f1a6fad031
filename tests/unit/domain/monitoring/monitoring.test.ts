import { describe, expect, it } from 'vitest';
import {
  actionProgress,
  budgetLine,
  dashboard,
  monitoringUpdateSchema,
  periodOf,
  reportingPeriods,
  rollUp,
  statusAsOf,
  type MonitoringStatus,
} from '../../../../src/domain/monitoring/monitoring';
import { adoptedAction, adoptedPlan, update } from '../../../builders/monitoring';

describe('what holds on a day', () => {
  const updates = [
    update({ id: 'x', actionId: 'a', asOf: '2027-03-31', status: 'onTrack', progress: 20, recordedAt: 10 }),
    update({
      id: 'y',
      actionId: 'a',
      asOf: '2027-06-30',
      status: 'delayed',
      progress: 30,
      reason: 'funds late',
      recordedAt: 20,
    }),
    // A correction of the March report recorded later: the later record of the same day wins.
    update({ id: 'z', actionId: 'a', asOf: '2027-03-31', status: 'onTrack', progress: 25, recordedAt: 30 }),
  ];
  it.each([
    ['2027-01-15', undefined],
    ['2027-03-31', 'z'],
    ['2027-05-01', 'z'],
    ['2027-06-30', 'y'],
    ['2028-01-01', 'y'],
  ])('as of %s the update in force is %s', (day, id) => {
    expect(statusAsOf(updates, day).get('a')?.id).toBe(id);
  });
});

describe('reporting periods', () => {
  const plan = { startMonth: '2027-02', endMonth: '2028-01' };
  it.each([
    ['quarterly', ['2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4', '2028-Q1'], '2027-03-31', '2028-01-31'],
    ['semiannual', ['2027-H1', '2027-H2', '2028-H1'], '2027-06-30', '2028-01-31'],
    ['annual', ['2027', '2028'], '2027-12-31', '2028-01-31'],
    ['end', ['plan'], '2028-01-31', '2028-01-31'],
  ] as const)('%s: %j, the first as of %s, the last as of %s', (frequency, ids, first, last) => {
    const periods = reportingPeriods(plan, frequency);
    expect(periods.map((p) => p.id)).toEqual(ids);
    expect(periods[0]!.asOf).toBe(first);
    expect(periods.at(-1)!.asOf).toBe(last);
    // A period never starts before the plan nor ends after it.
    expect(periods[0]!.startMonth).toBe('2027-02');
  });
  it('finds the period of a day, and none outside the plan', () => {
    const periods = reportingPeriods(plan, 'quarterly');
    expect(periodOf(periods, '2027-05-14')?.id).toBe('2027-Q2');
    expect(periodOf(periods, '2028-02-01')).toBeUndefined();
    expect(
      reportingPeriods({ startMonth: '2028-02', endMonth: '2028-02' }, 'quarterly').map((p) => p.asOf),
    ).toEqual(['2028-02-29']);
  });
});

describe('overdue and late starts (the day is an argument)', () => {
  const plan = adoptedPlan([adoptedAction({ id: 'a', start: '2027-01', end: '2027-06' })]);
  it.each<[string, MonitoringStatus | undefined, boolean, boolean, number]>([
    ['2027-01-10', undefined, false, false, 0],
    ['2027-02-01', undefined, false, true, 0],
    ['2027-06-30', 'onTrack', false, false, 0],
    ['2027-07-01', 'onTrack', true, false, 1],
    ['2027-10-15', 'delayed', true, false, 4],
    ['2027-10-15', 'done', false, false, 0],
    ['2027-10-15', 'cancelled', false, false, 0],
    ['2027-10-15', undefined, true, true, 4],
  ])(
    'on %s with status %s: overdue %s, late start %s, %i months late',
    (day, status, overdue, lateStart, late) => {
      const updates = status
        ? [
            update({
              actionId: 'a',
              asOf: '2027-01-31',
              status,
              ...(status !== 'onTrack' && status !== 'done' && { reason: 'why' }),
            }),
          ]
        : [];
      const [row] = actionProgress(plan, updates, day);
      expect([row!.overdue, row!.lateStart, row!.monthsLate]).toEqual([overdue, lateStart, late]);
    },
  );
});

describe('status roll-ups and traffic lights', () => {
  const rows = (statuses: (MonitoringStatus | 'overdue' | 'none')[]) => {
    const actions = statuses.map((_, i) => adoptedAction({ id: `a${i}`, end: '2027-12' }));
    const plan = adoptedPlan(actions);
    const updates = statuses.flatMap((s, i) =>
      s === 'none' || s === 'overdue'
        ? []
        : [
            update({
              actionId: `a${i}`,
              asOf: '2027-06-30',
              status: s,
              progress: s === 'done' ? 100 : 40,
              reason: 'r',
            }),
          ],
    );
    // "overdue": an action whose end has passed by the day of the roll-up, never reported on.
    if (statuses.includes('overdue'))
      actions.forEach((a, i) => statuses[i] === 'overdue' && (a.end = '2027-03'));
    return actionProgress(plan, updates, '2027-06-30');
  };
  it.each<[(MonitoringStatus | 'overdue' | 'none')[], string, number, number]>([
    [['none', 'none'], 'grey', 0, 0],
    [['onTrack', 'done', 'none'], 'green', 1 / 3, 140 / 300],
    [['onTrack', 'onTrack', 'onTrack', 'onTrack', 'delayed'], 'amber', 0, 0.4],
    [['onTrack', 'delayed', 'atRisk'], 'red', 0, 0.4],
    [['done', 'done', 'done', 'overdue'], 'red', 0.75, 0.75],
    [['done', 'cancelled'], 'green', 1, 1],
  ])('%j → %s, done share %d, mean progress %d', (statuses, light, doneShare, meanProgress) => {
    const r = rollUp('o1', rows(statuses));
    expect(r.light).toBe(light);
    expect(r.doneShare).toBeCloseTo(doneShare);
    expect(r.meanProgress).toBeCloseTo(meanProgress);
    expect(r.actions).toBe(statuses.length);
  });
});

describe('budget planned against spent', () => {
  // 100–300 k over Jan–Jun 2027 (six months) and 1–2 M over 2028.
  const plan = adoptedPlan([
    adoptedAction({ id: 'a', start: '2027-01', end: '2027-06', costLow: 100_000, costHigh: 300_000 }),
    adoptedAction({ id: 'b', start: '2028-01', end: '2028-12', costLow: 1_000_000, costHigh: 2_000_000 }),
  ]);
  it.each([
    ['2026-12-31', [], { low: 0, high: 0 }, 0, 0, 2],
    ['2027-03-31', [['a', 50_000]], { low: 50_000, high: 150_000 }, 50_000, 0, 1],
    ['2027-03-31', [['a', 400_000]], { low: 50_000, high: 150_000 }, 400_000, 250_000, 1],
    [
      '2028-06-30',
      [
        ['a', 280_000],
        ['b', 900_000],
      ],
      { low: 600_000, high: 1_300_000 },
      1_180_000,
      0,
      0,
    ],
  ] as const)(
    'as of %s with %j spent: due %j, spent %i, over %i, %i unreported',
    (day, spent, due, total, over, unreported) => {
      const updates = spent.map(([actionId, amount]) =>
        update({ actionId, asOf: '2027-03-31', status: 'onTrack', progress: 50, spent: amount }),
      );
      const line = budgetLine('all', actionProgress(plan, updates, day), day);
      expect(line.planned).toEqual({ low: 1_100_000, high: 2_300_000 });
      expect(line.dueByNow).toEqual(due);
      expect([line.spent, line.over, line.unreported]).toEqual([total, over, unreported]);
    },
  );
  it('leaves a cancelled action with nothing spent out of the plan’s budget', () => {
    const updates = [
      update({ actionId: 'b', asOf: '2027-03-31', status: 'cancelled', reason: 'done by a donor project' }),
    ];
    expect(budgetLine('all', actionProgress(plan, updates, '2027-03-31'), '2027-03-31').planned).toEqual({
      low: 100_000,
      high: 300_000,
    });
  });
});

describe('the dashboard', () => {
  it('groups by objective and area, lists overdue actions most late first, and ignores another assessment’s updates', () => {
    const plan = adoptedPlan([
      adoptedAction({ id: 'a', objectiveId: 'o1', areaId: 'bio', end: '2027-03' }),
      adoptedAction({ id: 'b', objectiveId: 'o1', areaId: 'bio', end: '2027-05' }),
      adoptedAction({ id: 'c', objectiveId: 'o2', areaId: 'det', end: '2028-12' }),
    ]);
    const updates = [
      update({ actionId: 'c', asOf: '2027-06-30', status: 'onTrack', progress: 10 }),
      update({ actionId: 'a', asOf: '2027-06-30', status: 'done', assessmentId: 'other' }),
    ];
    const d = dashboard(plan, updates, '2027-06-30');
    expect(d.byObjective.map((r) => [r.id, r.light, r.overdue])).toEqual([
      ['o1', 'red', 2],
      ['o2', 'green', 0],
    ]);
    expect(d.byArea.map((r) => r.id)).toEqual(['bio', 'det']);
    expect(d.overdue.map((r) => [r.action.id, r.monthsLate])).toEqual([
      ['a', 3],
      ['b', 1],
    ]);
  });
});

describe('an update', () => {
  const base = {
    id: 'u',
    assessmentId: 'a1',
    planVersion: 1,
    actionId: 'a',
    asOf: '2027-03-31',
    progress: 10,
    author: 'x',
    recordedAt: 1,
  };
  it.each([
    [{ status: 'delayed' }, 'reason', 'a delayed action needs a reason'],
    [{ status: 'cancelled' }, 'reason', 'a cancelled action needs a reason'],
    [{ status: 'done', progress: 90 }, 'progress', 'a done action is at 100%'],
    [
      { status: 'onTrack', actualStart: '2027-03', actualEnd: '2027-02' },
      'actualEnd',
      'the actual end is before the actual start',
    ],
    [{ status: 'onTrack', asOf: '31.03.2027' }, 'asOf', 'a date is written YYYY-MM-DD'],
    [{ status: 'onTrack', progress: 120 }, 'progress', ''],
  ])('%j is refused at %s', (change, path, message) => {
    const result = monitoringUpdateSchema.safeParse({ ...base, ...change });
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path.join('.') === path);
    expect(issue).toBeDefined();
    if (message) expect(issue!.message).toBe(message);
  });
  it('takes a delayed action with its reason', () => {
    expect(
      monitoringUpdateSchema.safeParse({ ...base, status: 'delayed', reason: 'the budget came late' })
        .success,
    ).toBe(true);
  });
});
