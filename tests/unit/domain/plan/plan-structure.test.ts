import { describe, expect, it } from 'vitest';
import { actionRange, costEnvelope, DEFAULT_OPEN_BAND_HIGH } from '../../../../src/domain/plan/budget';
import { areaFamily } from '../../../../src/domain/plan/objectives';
import { emptyPlanEdits, planEditsSchema, type CustomAction } from '../../../../src/domain/plan/plan-edits';
import { agencyReferences } from '../../../../src/domain/assessment/agency-references';
import { makePlan, makePlanWithStructure, planIndex } from '../../../../tests/builders/plan';

const custom = (over: Partial<CustomAction> = {}): CustomAction => ({
  id: 'c1',
  areaId: 'ops',
  title: 'Publish the annual report',
  description: '',
  type: 'dissemination',
  tier: 'medium',
  leadAgencyId: null,
  supportAgencyIds: [],
  start: '2027-01',
  end: '2027-03',
  achievement: 'Report published',
  costBand: 'lt-50k',
  status: 'proposed',
  ...over,
});

describe('outcome objectives', () => {
  it.each([
    ['gov', [], 'governance'],
    ['bsc', [], 'biorisk'],
    ['rn', [], 'radnuc'],
    ['prr', [], 'detection'],
    ['int', [], 'crossCutting'],
    ['x-bio', ['B'], 'biorisk'],
    ['x-chem', ['C'], 'chemical'],
    ['x-rn', ['R', 'N'], 'radnuc'],
    ['x-mixed', ['B', 'C'], 'crossCutting'],
    ['x-none', [], 'crossCutting'],
  ] as const)('area %s with hazards %j belongs to %s', (area, hazards, family) => {
    expect(areaFamily(area, new Set(hazards))).toBe(family);
  });

  it('group the live actions by area family, priority actions first, numbered in family order', () => {
    const { structure } = makePlanWithStructure();
    expect(structure.objectives.map((o) => [o.id, o.number])).toEqual([['biorisk', 1]]);
    const [bio] = structure.objectives;
    expect(bio!.indicatorIds).toEqual(['bio.authority', 'bio.transport', 'bio.inventory']);
    const priority = bio!.actions.map((a) => a.priority);
    expect(priority).toEqual([...priority].sort((a, b) => Number(b) - Number(a)));
    expect(bio!.title).toEqual({ key: 'plan.objective.biorisk', values: undefined });
  });

  it('follow the drafter: renamed, an indicator moved to an added objective, merged, a custom action kept where it was added', () => {
    const { structure } = makePlanWithStructure({
      edits: {
        objectives: {
          biorisk: { title: { text: 'Safe laboratories', lang: 'en' } },
          'added-1': { added: true, title: { text: 'Transport of dangerous goods', lang: 'en' } },
          'added-2': { added: true, mergedInto: 'added-1' },
        },
        assign: { 'bio.transport': 'added-2' },
        custom: [custom({ objectiveId: 'added-1' })],
      },
    });
    expect(structure.objectives.map((o) => o.id)).toEqual(['biorisk', 'added-1']);
    const [bio, transport] = structure.objectives;
    expect(bio!.title).toEqual({ text: 'Safe laboratories', lang: 'en' });
    expect(bio!.indicatorIds).not.toContain('bio.transport');
    // Moved to added-2, which was merged into added-1: the work lands in added-1.
    expect(transport!.indicatorIds).toEqual(['bio.transport']);
    expect(transport!.merged).toEqual(['added-2']);
    expect(transport!.actions.map((a) => a.id)).toEqual(['bio.transport.l2', 'bio.transport.l4', 'c1']);
  });

  it('ignore a merge loop and an assignment to an unknown objective', () => {
    const { structure } = makePlanWithStructure({
      edits: {
        objectives: { biorisk: { mergedInto: 'added-1' }, 'added-1': { added: true, mergedInto: 'biorisk' } },
        assign: { 'bio.inventory': 'nowhere' },
      },
    });
    expect(structure.objectives.map((o) => o.indicatorIds.length).reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('are kept in the plan edits and come back from them unchanged', () => {
    const edits = {
      ...emptyPlanEdits('a1', 0),
      vision: { text: 'A safe country', lang: 'en' },
      objectives: { biorisk: { title: { text: 'Безопасные лаборатории', lang: 'ru' } } },
      assign: { 'bio.transport': 'detection' },
      results: { 'o:biorisk': { frequency: 'semiannual' as const } },
      risks: [
        {
          id: 'r1',
          risk: { text: 'Budget cut', lang: 'en' },
          likelihood: 3,
          impact: 4,
          mitigation: { text: 'Donors', lang: 'en' },
          ownerId: 'moh',
        },
      ],
      openBandHigh: 5_000_000,
    };
    expect(planEditsSchema.parse(JSON.parse(JSON.stringify(edits)))).toEqual(edits);
    // Plan edits stored before objectives existed still load, with none.
    const old: Record<string, unknown> = { ...emptyPlanEdits('a1', 0) };
    delete old.objectives;
    delete old.assign;
    delete old.results;
    expect(planEditsSchema.parse(old)).toMatchObject({ objectives: {}, assign: {}, results: {} });
  });
});

describe('results framework', () => {
  it('gives each objective and each of its priority actions an indicator, baseline, target with date, verification, responsible and frequency', () => {
    const { plan, structure } = makePlanWithStructure();
    expect(structure.results.map((r) => r.key)).toEqual([
      'o:biorisk',
      'a:bio.authority.l3',
      'a:bio.authority.l4',
      'a:bio.transport.l2',
    ]);
    const [objective, decree] = structure.results;
    expect(objective).toMatchObject({
      number: '1',
      indicator: { key: 'plan.rf.objectiveIndicator', values: { count: 3 } },
      baseline: { key: 'plan.rf.objectiveBaseline', values: { count: 3, atTarget: 0, mean: 2 } },
      target: { key: 'plan.rf.objectiveTarget', values: { count: 3, mean: 4.3 } },
      targetDate: plan.endMonth,
      responsibleId: 'moh',
      frequency: 'annual',
    });
    // From the action's achievement, the answer's level and evidence, and the descriptor of the level it unlocks.
    expect(decree).toMatchObject({
      indicator: { text: 'Decree adopted' },
      baseline: {
        key: 'plan.rf.levelEvidence',
        values: { level: 2, descriptor: 'Informal focal point.', evidence: 'Draft decree of 2026-02-01' },
      },
      target: { key: 'plan.rf.level', values: { level: 3, descriptor: 'Authority designated by decree.' } },
      targetDate: '2027-03',
      verification: { key: 'plan.rf.verify.planning-strategy' },
      responsibleId: 'moh',
      frequency: 'quarterly',
    });
  });

  it('applies the drafter’s edits field by field and says which were edited', () => {
    const { structure } = makePlanWithStructure({
      edits: {
        results: {
          'a:bio.authority.l3': {
            verification: { text: 'Decree published in the gazette', lang: 'en' },
            responsibleId: 'customs',
            targetDate: '2026-12',
          },
        },
      },
    });
    const row = structure.results.find((r) => r.key === 'a:bio.authority.l3')!;
    expect(row.verification).toEqual({ text: 'Decree published in the gazette', lang: 'en' });
    expect(row.responsibleId).toBe('customs');
    expect(row.targetDate).toBe('2026-12');
    expect(row.baseline).toMatchObject({ key: 'plan.rf.levelEvidence' });
    expect(row.edited.sort()).toEqual(['responsibleId', 'targetDate', 'verification']);
  });
});

describe('budget', () => {
  it('counts the open top band up to the plan’s ceiling, so both bounds are always given', () => {
    expect(actionRange('gt-1m')).toEqual({ low: 1_000_000, high: DEFAULT_OPEN_BAND_HIGH });
    expect(actionRange('gt-1m', 8_000_000)).toEqual({ low: 1_000_000, high: 8_000_000 });
    expect(actionRange('50k-250k')).toEqual({ low: 50_000, high: 250_000 });
    const p = makePlan({ edits: { edits: { 'bio.transport.l4': { status: 'dropped', dropReason: 'x' } } } });
    // authority.l3 50k–250k, authority.l4 50k–250k, inventory.l5 250k–1m, transport.l2 <50k
    expect(costEnvelope(p)).toEqual({
      counts: { 'lt-50k': 1, '50k-250k': 2, '250k-1m': 1, 'gt-1m': 0 },
      openHigh: DEFAULT_OPEN_BAND_HIGH,
      low: 350_000,
      high: 1_550_000,
    });
  });

  it('spreads each action over its months into the years of the plan, with totals and funding sources', () => {
    const { structure } = makePlanWithStructure({
      edits: { edits: { 'bio.inventory.l5': { fundingSource: 'donor' } } },
    });
    const { budget } = structure;
    expect(budget.yearLabels).toEqual(['2026/27', '2027/28', '2028/29', '2029/30', '2030/31']);
    const [year1, year2, ...rest] = budget.totals.years;
    // Year 1: authority.l3 (12 of 12 months) + inventory.l5 (12 of 18 months) + the two transport actions.
    expect(year1!.low).toBeCloseTo(50_000 + (250_000 * 12) / 18);
    expect(year1!.high).toBeCloseTo(250_000 + (1_000_000 * 12) / 18 + 50_000 + 50_000);
    expect(year2!.low).toBeCloseTo(50_000 + (250_000 * 6) / 18);
    expect(rest.every((y) => y.low === 0 && y.high === 0)).toBe(true);
    expect(budget.totals.total).toEqual({ low: 350_000, high: 1_600_000 });
    const sum = budget.totals.years.reduce((s, y) => s + y.high, 0) + budget.totals.after.high;
    expect(sum).toBeCloseTo(budget.totals.total.high);
    expect(budget.bySource.find((s) => s.source === 'donor')).toEqual({
      source: 'donor',
      actions: 1,
      range: { low: 250_000, high: 1_000_000 },
    });
    expect(budget.bySource.find((s) => s.source === 'unset')!.actions).toBe(4);
  });

  it('puts the months an action runs past the plan’s end apart', () => {
    const { structure } = makePlanWithStructure({
      horizon: 1,
      edits: { edits: { 'bio.inventory.l5': { start: '2027-01', end: '2027-12' } } },
    });
    // A one-year plan from 2026-04 ends 2027-03: nine of twelve months fall after it.
    expect(structure.budget.totals.after.low).toBeCloseTo((250_000 * 9) / 12);
  });
});

describe('responsibilities and risks', () => {
  it('crosses agencies with objectives: accountable, leads and supports; actions without a lead listed', () => {
    const { structure } = makePlanWithStructure({
      edits: { edits: { 'bio.transport.l4': { leadAgencyId: null } } },
    });
    expect(structure.responsibilities.rows).toEqual([
      { agencyId: 'moh', cells: [{ objectiveId: 'biorisk', accountable: true, leads: 3, supports: 0 }] },
      { agencyId: 'customs', cells: [{ objectiveId: 'biorisk', accountable: false, leads: 1, supports: 1 }] },
    ]);
    expect(structure.responsibilities.withoutLead.map((a) => a.id)).toEqual(['bio.transport.l4']);
  });

  it('starts the risk register with the four usual risks, highest score first, then keeps the drafter’s', () => {
    const { structure } = makePlanWithStructure();
    expect(structure.risks.map((r) => [r.id, r.score])).toEqual([
      ['funding', 12],
      ['turnover', 12],
      ['legislation', 12],
      ['coordination', 9],
    ]);
    const edited = makePlanWithStructure({
      edits: {
        risks: [
          {
            id: 'r1',
            risk: { text: 'Budget cut', lang: 'en' },
            likelihood: 5,
            impact: 5,
            mitigation: { text: 'Donors', lang: 'en' },
            ownerId: 'moh',
          },
        ],
      },
    }).structure;
    expect(edited.risks).toEqual([
      expect.objectContaining({
        id: 'r1',
        score: 25,
        risk: { text: 'Budget cut', lang: 'en' },
        isDefault: false,
      }),
    ]);
  });

  it('says when less than the set share of indicators is assessed', () => {
    expect(makePlanWithStructure().structure.completeness).toMatchObject({ partial: false, share: 1 });
    const partial = makePlanWithStructure({ given: { 'bio.authority': { value: 2 } } }).structure
      .completeness;
    expect(partial.partial).toBe(true);
    expect(partial.assessed).toBeLessThan(partial.indicators);
  });
});

describe('the language of what a person wrote', () => {
  it('is kept per field of an action edit and for every text of a custom action', () => {
    const p = makePlan({
      edits: {
        edits: { 'bio.authority.l3': { title: 'Adopt the decree', written: { title: 'en' } } },
        custom: [custom({ areaId: 'bio', lang: 'ru', title: 'Опубликовать отчёт' })],
      },
    });
    const all = p.areas.flatMap((a) => a.actions);
    const edited = all.find((a) => a.id === 'bio.authority.l3')!;
    expect(edited.written).toEqual({ title: 'en' });
    expect(edited.edited).toEqual(['title']);
    expect(all.find((a) => a.id === 'c1')!.written).toMatchObject({ title: 'ru', description: 'ru' });
  });
});

describe('agencies named by the plan structure', () => {
  it('count the results-framework rows and plan risks an agency is given, so removing it from the roster warns', () => {
    const plan = {
      ...emptyPlanEdits('a1', 0),
      results: { 'o:biorisk': { responsibleId: 'customs' } },
      risks: [
        {
          id: 'r1',
          risk: { text: 'Budget cut', lang: 'en' },
          likelihood: 3,
          impact: 3,
          mitigation: { text: 'Donors', lang: 'en' },
          ownerId: 'customs',
        },
      ],
    };
    expect(agencyReferences(planIndex, new Map(), plan).get('customs')).toEqual({ answers: 0, actions: 2 });
  });
});
