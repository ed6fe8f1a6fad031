import { describe, expect, it } from 'vitest';
import type { Agency } from '../../../../src/domain/assessment/assessment';
import { type PlanModel } from '../../../../src/domain/plan/build-plan';
import { reviewEntrySchema, type ReviewEntry } from '../../../../src/domain/scoring/review';
import { defaultPriorityConfig } from '../../../../src/domain/scoring/config';
import { scheduleActions } from '../../../../src/domain/plan/build-plan';
import type { Action } from '../../../../src/domain/questionnaire/schema';
import { T0 } from '../../../../tests/builders/assessment';
import { ROSTER } from '../../../../tests/builders/fill';
import { makePlan, PLAN_ANSWERS, type PlanSetup } from '../../../../tests/builders/plan';

const ids = (p: PlanModel) => p.areas.flatMap((a) => a.actions.map((x) => x.id));

const action = (p: PlanModel, id: string) => p.areas.flatMap((a) => a.actions).find((x) => x.id === id)!;

const target = (indicatorId: string, to: number): ReviewEntry =>
  reviewEntrySchema.parse({
    id: `t-${indicatorId}`,
    assessmentId: 'a1',
    at: T0,
    reviewer: 'R',
    kind: 'target',
    indicatorId,
    from: null,
    to,
    reason: 'agreed at the workshop',
  });

const budget = (horizon: 1 | 5, highActions: number, mediumActions: number): ReviewEntry =>
  reviewEntrySchema.parse({
    id: `b-${highActions}-${mediumActions}`,
    assessmentId: 'a1',
    at: T0,
    reviewer: 'R',
    kind: 'config',
    from: defaultPriorityConfig(horizon),
    to: { ...defaultPriorityConfig(horizon), highActions, mediumActions },
    reason: 'What the plan can carry',
  });

describe('the recommended actions: every action with current < level ≤ target, in level order', () => {
  it.each<[string, PlanSetup, string[]]>([
    [
      '5 years: authority 2 → 4, inventory 3 → 5, transport 1 → 4',
      {},
      ['bio.authority.l3', 'bio.authority.l4', 'bio.inventory.l5', 'bio.transport.l2', 'bio.transport.l4'],
    ],
    [
      '1 year: one level up, or the next level the answers can give',
      { horizon: 1 },
      ['bio.authority.l3', 'bio.inventory.l5', 'bio.transport.l2'],
    ],
    [
      'a raised target adds the level-5 action',
      { log: [target('bio.authority', 5)] },
      [
        'bio.authority.l3',
        'bio.authority.l4',
        'bio.authority.l5',
        'bio.inventory.l5',
        'bio.transport.l2',
        'bio.transport.l4',
      ],
    ],
    [
      'a target at the current level removes the indicator',
      { log: [target('bio.transport', 1)] },
      ['bio.authority.l3', 'bio.authority.l4', 'bio.inventory.l5'],
    ],
    [
      '"don\'t know" gives no actions',
      { given: { ...PLAN_ANSWERS, 'bio.authority': { special: 'dontKnow' } } },
      ['bio.inventory.l5', 'bio.transport.l2', 'bio.transport.l4'],
    ],
    [
      'hidden indicators give no actions',
      { given: { ...PLAN_ANSWERS, 'bio.has-bsl3': { value: 'no' } } },
      ['bio.authority.l3', 'bio.authority.l4'],
    ],
    [
      'an indicator already at its target gives none',
      { given: { ...PLAN_ANSWERS, 'bio.authority': { value: 5 } } },
      ['bio.inventory.l5', 'bio.transport.l2', 'bio.transport.l4'],
    ],
  ])('%s', (_name, setup, expected) => {
    expect(ids(makePlan(setup)).sort()).toEqual([...expected].sort());
  });

  it('orders each area by priority, and each indicator by level', () => {
    // authority 2 × 16 × 2 × 1.1 (50k–250k) = 70.4; transport 3 × 16 × 1 × 1.2 (< 50k) = 57.6;
    // inventory 2 × 16 × 1.5 × 1 (250k–1M) = 48
    expect(ids(makePlan())).toEqual([
      'bio.authority.l3',
      'bio.authority.l4',
      'bio.transport.l2',
      'bio.transport.l4',
      'bio.inventory.l5',
    ]);
  });

  it('numbers the live actions "A-<area>.<n>" in plan order; a dropped one has no number', () => {
    const p = makePlan({
      edits: { edits: { 'bio.authority.l4': { status: 'dropped', dropReason: 'Done' } } },
    });
    expect(p.areas.flatMap((a) => a.actions.map((x) => [x.id, x.number]))).toEqual([
      ['bio.authority.l3', 'A-1.1'],
      ['bio.authority.l4', undefined],
      ['bio.transport.l2', 'A-1.2'],
      ['bio.transport.l4', 'A-1.3'],
      ['bio.inventory.l5', 'A-1.4'],
    ]);
  });

  it('marks the first actions of each area as its priority actions (3 unless the panel says otherwise)', () => {
    const flagged = (p: PlanModel) =>
      p.areas.flatMap((a) => a.actions.filter((x) => x.priority).map((x) => x.id));
    expect(flagged(makePlan())).toEqual(['bio.authority.l3', 'bio.authority.l4', 'bio.transport.l2']);
    // A dropped action gives its place to the next one.
    const dropped = makePlan({
      edits: { edits: { 'bio.authority.l4': { status: 'dropped', dropReason: 'Done' } } },
    });
    expect(flagged(dropped)).toEqual(['bio.authority.l3', 'bio.transport.l2', 'bio.transport.l4']);
  });
});

describe('agencies', () => {
  it.each<[string, Agency[], string, string | null, string[]]>([
    ['lead and support from the roster roles', ROSTER, 'bio.authority.l3', 'moh', ['customs']],
    ['lead of another role', ROSTER, 'bio.transport.l2', 'customs', []],
    [
      'unassigned when no agency has the role',
      ROSTER.filter((a) => a.role !== 'customs'),
      'bio.transport.l2',
      null,
      [],
    ],
    [
      'no support when no agency has the role',
      ROSTER.filter((a) => a.role !== 'customs'),
      'bio.authority.l3',
      'moh',
      [],
    ],
  ])('%s', (_name, roster, id, lead, support) => {
    const a = action(makePlan({ roster }), id);
    expect([a.leadAgencyId, a.supportAgencyIds]).toEqual([lead, support]);
  });
});

describe('timeline', () => {
  it("starts High actions at once and runs an indicator's actions one after the other", () => {
    const p = makePlan();
    expect([p.startMonth, p.endMonth]).toEqual(['2026-04', '2031-03']);
    // authority.l3 lasts 12 months, then l4 (12 months)
    expect([action(p, 'bio.authority.l3').start, action(p, 'bio.authority.l3').end]).toEqual([
      '2026-04',
      '2027-03',
    ]);
    expect([action(p, 'bio.authority.l4').start, action(p, 'bio.authority.l4').end]).toEqual([
      '2027-04',
      '2028-03',
    ]);
  });

  it.each<[string, PlanSetup, string, string, boolean]>([
    [
      'a Medium action starts after a year in a 5-year plan',
      {
        log: [
          reviewEntrySchema.parse({
            id: 'x',
            assessmentId: 'a1',
            at: T0,
            reviewer: 'R',
            kind: 'tier',
            indicatorId: 'bio.transport',
            from: 'medium',
            to: 'medium',
            reason: 'r',
          }),
        ],
      },
      'bio.transport.l2',
      '2027-04',
      false,
    ],
    [
      'a Low action (beyond the budgets) starts after two years',
      { log: [budget(5, 2, 0)] },
      'bio.transport.l2',
      '2028-04',
      false,
    ],
    [
      'in a 1-year plan a Medium action starts after three months',
      // inventory (67.5) is kept High as the first of an area with a scenario rated 25; authority
      // (55) and transport (30) do not fit a High budget of one action
      {
        horizon: 1,
        given: { ...PLAN_ANSWERS, 'ops.risk-lab': { value: { likelihood: 5, impact: 5 } } },
        log: [budget(1, 1, 5)],
      },
      'bio.transport.l2',
      '2026-07',
      false,
    ],
  ])('%s', (_name, setup, id, start, beyond) => {
    const a = action(makePlan(setup), id);
    expect([a.start, a.beyondHorizon]).toEqual([start, beyond]);
  });

  it('flags actions that run past the horizon', () => {
    const p = makePlan({ horizon: 1, log: [target('bio.authority', 5)] });
    expect(action(p, 'bio.authority.l5').beyondHorizon).toBe(true);
  });
});

describe('edits', () => {
  it('apply over the computed values and are listed', () => {
    const a = action(
      makePlan({
        edits: {
          edits: {
            'bio.authority.l3': {
              title: 'Adopt the biosafety decree',
              leadAgencyId: 'customs',
              status: 'agreed',
            },
          },
        },
      }),
      'bio.authority.l3',
    );
    expect([a.title, a.leadAgencyId, a.status, a.edited]).toEqual([
      'Adopt the biosafety decree',
      'customs',
      'agreed',
      ['title', 'leadAgencyId', 'status'],
    ]);
  });

  it('keep a dropped action in the plan with its reason', () => {
    const a = action(
      makePlan({
        edits: {
          edits: { 'bio.transport.l2': { status: 'dropped', dropReason: 'Done by the WHO project in 2025' } },
        },
      }),
      'bio.transport.l2',
    );
    expect([a.status, a.dropReason]).toEqual(['dropped', 'Done by the WHO project in 2025']);
  });

  it('add custom actions to their area, and follow the order the user set', () => {
    const custom = {
      id: 'c1',
      areaId: 'bio',
      title: 'Map all freezers holding dangerous pathogens',
      description: '',
      type: 'assessment' as const,
      tier: 'high' as const,
      leadAgencyId: 'moh',
      supportAgencyIds: [],
      start: '2026-05',
      end: '2026-09',
      achievement: 'Freezer map',
      costBand: 'lt-50k' as const,
      status: 'proposed' as const,
    };
    const p = makePlan({ edits: { custom: [custom], order: { bio: ['c1', 'bio.transport.l2'] } } });
    expect(ids(p)).toEqual([
      'c1',
      'bio.transport.l2',
      'bio.authority.l3',
      'bio.authority.l4',
      'bio.transport.l4',
      'bio.inventory.l5',
    ]);
    expect(action(p, 'c1')).toMatchObject({
      source: 'custom',
      title: 'Map all freezers holding dangerous pathogens',
    });
  });

  it('survive a recomputation, which lists what it would add or remove against the accepted set', () => {
    const accepted = [
      'bio.authority.l3',
      'bio.authority.l4',
      'bio.inventory.l5',
      'bio.transport.l2',
      'bio.transport.l4',
    ];
    const edits = { accepted, edits: { 'bio.authority.l4': { title: 'Inspect every laboratory yearly' } } };
    // The authority answer rises to 3 (l3 no longer needed) and the transport target drops to 2.
    const p = makePlan({
      given: { ...PLAN_ANSWERS, 'bio.authority': { value: 3 } },
      log: [target('bio.transport', 2)],
      edits,
    });
    expect(p.changes).toEqual({ add: [], remove: ['bio.authority.l3', 'bio.transport.l4'] });
    expect(action(p, 'bio.authority.l4').title).toBe('Inspect every laboratory yearly');
    // Until accepted, the plan keeps the accepted actions.
    expect(ids(p)).toContain('bio.authority.l3');
    const raised = makePlan({ log: [target('bio.authority', 5)], edits });
    expect(raised.changes).toEqual({ add: ['bio.authority.l5'], remove: [] });
  });
});

describe('traceability', () => {
  it('records the answer, gap and risk behind each action', () => {
    expect(action(makePlan(), 'bio.authority.l3').trace).toEqual({
      current: 2,
      target: 4,
      gap: 2,
      risk: 16,
      riskSource: 'fallback',
      scenarios: ['ops.risk-lab'],
      score: 70.4,
      tierOverridden: false,
      comment: 'Decree drafted',
      evidence: 'Draft decree of 2026-02-01',
    });
  });
});

describe('staging', () => {
  const act = (
    id: string,
    indicator: string,
    level: number,
    months: number,
    needs?: { indicator: string; level: number },
  ) => ({ id, indicator, level, durationMonths: months, prerequisites: needs && [needs] }) as Action;

  it.each<[string, Action[], Record<string, 'high' | 'medium' | 'low'>, Record<string, [string, string]>]>([
    [
      'each tier from its own start: High at once, Medium after a year, Low after two',
      [act('a', 'x', 3, 6), act('b', 'y', 3, 6), act('c', 'z', 3, 6)],
      { x: 'high', y: 'medium', z: 'low' },
      { a: ['2026-04', '2026-09'], b: ['2027-04', '2027-09'], c: ['2028-04', '2028-09'] },
    ],
    [
      'an action after the one below it on the same indicator',
      [act('x3', 'x', 3, 12), act('x4', 'x', 4, 6)],
      { x: 'high' },
      { x3: ['2026-04', '2027-03'], x4: ['2027-04', '2027-09'] },
    ],
    [
      'an action after what it needs first, even from a later tier',
      [act('law', 'leg', 3, 18), act('lab', 'bsl', 3, 6, { indicator: 'leg', level: 3 })],
      { leg: 'medium', bsl: 'high' },
      { law: ['2027-04', '2028-09'], lab: ['2028-10', '2029-03'] },
    ],
    [
      'a Low chain that would begin its last action after the plan ends starts early enough to begin it in time',
      [act('z2', 'z', 2, 18), act('z3', 'z', 3, 18), act('z4', 'z', 4, 24)],
      { z: 'low' },
      // From month 24 the last one would start in month 60, after the plan; from month 23 (60 − 1 − 36)
      // it starts in the plan's last month, and runs past it (flagged as beyond the horizon).
      { z2: ['2028-03', '2029-08'], z3: ['2029-09', '2031-02'], z4: ['2031-03', '2033-02'] },
    ],
    [
      'a prerequisite already met (no action for it in the plan) holds nothing back',
      [act('lab', 'bsl', 3, 6, { indicator: 'leg', level: 3 })],
      { bsl: 'high' },
      { lab: ['2026-04', '2026-09'] },
    ],
  ])('%s', (_name, chosen, tiers, expected) => {
    const timing = scheduleActions(chosen, (a) => tiers[a.indicator]!, '2026-04', 5);
    expect(Object.fromEntries([...timing].map(([id, t]) => [id, [t.start, t.end]]))).toEqual(expected);
  });
});
