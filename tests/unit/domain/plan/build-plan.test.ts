import { describe, expect, it } from 'vitest';
import type { Agency } from '../../../../src/domain/assessment/assessment';
import { type PlanModel } from '../../../../src/domain/plan/build-plan';
import { reviewEntrySchema, type ReviewEntry } from '../../../../src/domain/scoring/review';
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
    // inventory: gap 2 × 16 × 1.5 × 1.25 = 60; authority 2 × 16 × 2 × 1.25 = 80; transport 3 × 16 × 1 = 48
    expect(ids(makePlan())).toEqual([
      'bio.authority.l3',
      'bio.authority.l4',
      'bio.inventory.l5',
      'bio.transport.l2',
      'bio.transport.l4',
    ]);
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
      'a Low action starts after two years',
      { given: { ...PLAN_ANSWERS, 'ops.risk-lab': { value: { likelihood: 1, impact: 1 } } } },
      'bio.transport.l2',
      '2028-04',
      false,
    ],
    [
      'in a 1-year plan a Medium action (1 × 25 × 1 = 25) starts after three months',
      { horizon: 1, given: { ...PLAN_ANSWERS, 'ops.risk-lab': { value: { likelihood: 5, impact: 5 } } } },
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
      'bio.inventory.l5',
      'bio.transport.l4',
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
      riskAssumed: false,
      scenarios: ['ops.risk-lab'],
      score: 80,
      tierOverridden: false,
      comment: 'Decree drafted',
      evidence: 'Draft decree of 2026-02-01',
    });
  });
});
