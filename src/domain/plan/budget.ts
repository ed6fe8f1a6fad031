import { COST_BAND_BOUNDS, COST_BANDS, type CostBand } from '../questionnaire/vocabulary';
import type { PlanAction, PlanModel } from './build-plan';
import { monthsBetween } from './months';
import type { PlanObjective } from './objectives';
import { FUNDING_SOURCES, type FundingSource } from './plan-edits';

/** A cost range in EUR: both bounds, always. */
export interface Range {
  low: number;
  high: number;
}

/** The planning ceiling of one action in the open top band (> EUR 1 M) unless the plan sets one. */
export const DEFAULT_OPEN_BAND_HIGH = 3_000_000;

/** An action's indicative cost range; the open top band is counted up to the plan's ceiling. */
export function actionRange(band: CostBand, openHigh = DEFAULT_OPEN_BAND_HIGH): Range {
  const [low, high] = COST_BAND_BOUNDS[band];
  return { low, high: high ?? Math.max(openHigh, low) };
}

const add = (a: Range, b: Range): Range => ({ low: a.low + b.low, high: a.high + b.high });
const zero = (): Range => ({ low: 0, high: 0 });
const live = (plan: PlanModel) => plan.areas.flatMap((a) => a.actions).filter((a) => a.status !== 'dropped');

export interface CostEnvelope extends Range {
  counts: Record<CostBand, number>;
  /** The ceiling each action of the open top band was counted at. */
  openHigh: number;
}

/** The indicative cost envelope of the actions not dropped: both bounds. */
export function costEnvelope(plan: PlanModel, openHigh = DEFAULT_OPEN_BAND_HIGH): CostEnvelope {
  const counts = Object.fromEntries(COST_BANDS.map((b) => [b, 0])) as Record<CostBand, number>;
  let total = zero();
  for (const a of live(plan)) {
    counts[a.costBand]++;
    total = add(total, actionRange(a.costBand, openHigh));
  }
  return { counts, openHigh, ...total };
}

export interface BudgetRow {
  objectiveId: string;
  /** One range per year of the plan. */
  years: Range[];
  /** What falls in months after the plan ends (actions that run past it). */
  after: Range;
  total: Range;
}

export interface PlanBudget {
  /** Calendar year in which each plan year begins. */
  yearLabels: string[];
  rows: BudgetRow[];
  totals: BudgetRow;
  /** By funding source; "unset" for actions with none chosen yet. */
  bySource: { source: FundingSource | 'unset'; actions: number; range: Range }[];
  openHigh: number;
}

/**
 * The budget by objective and by year of the plan: each action's range spread evenly over its
 * months (months before the plan's start count in its first year, months after its end apart),
 * with totals and a split by funding source. Both bounds everywhere.
 */
export function planBudget(
  plan: PlanModel,
  objectives: readonly PlanObjective[],
  openHigh = DEFAULT_OPEN_BAND_HIGH,
): PlanBudget {
  const years = plan.horizon;
  const spread = (a: PlanAction) => {
    const range = actionRange(a.costBand, openHigh);
    const months = Math.max(1, monthsBetween(a.start, a.end) + 1);
    const byYear = Array.from({ length: years }, zero);
    let after = zero();
    for (let m = 0; m < months; m++) {
      const offset = monthsBetween(plan.startMonth, a.start) + m;
      const share = { low: range.low / months, high: range.high / months };
      const year = Math.floor(Math.max(0, offset) / 12);
      if (year < years) byYear[year] = add(byYear[year]!, share);
      else after = add(after, share);
    }
    return { byYear, after };
  };
  const row = (objectiveId: string, actions: readonly PlanAction[]): BudgetRow => {
    const r: BudgetRow = {
      objectiveId,
      years: Array.from({ length: years }, zero),
      after: zero(),
      total: zero(),
    };
    for (const a of actions) {
      const s = spread(a);
      r.years = r.years.map((y, i) => add(y, s.byYear[i]!));
      r.after = add(r.after, s.after);
      r.total = add(r.total, actionRange(a.costBand, openHigh));
    }
    return r;
  };
  const rows = objectives.map((o) => row(o.id, o.actions));
  const all = objectives.flatMap((o) => o.actions);
  const bySource = ([...FUNDING_SOURCES, 'unset'] as const).map((source) => {
    const mine = all.filter((a) => (a.fundingSource ?? 'unset') === source);
    return {
      source,
      actions: mine.length,
      range: mine.reduce((s, a) => add(s, actionRange(a.costBand, openHigh)), zero()),
    };
  });
  const first = Number(plan.startMonth.slice(0, 4));
  const startMonth = Number(plan.startMonth.slice(5, 7));
  return {
    yearLabels: Array.from({ length: years }, (_, i) =>
      startMonth === 1 ? String(first + i) : `${first + i}/${String((first + i + 1) % 100).padStart(2, '0')}`,
    ),
    rows,
    totals: row('total', all),
    bySource,
    openHigh,
  };
}
