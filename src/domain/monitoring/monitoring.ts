import { z } from 'zod';
import { addMonths, monthsBetween } from '../plan/months';
import { monthSchema } from '../plan/plan-edits';
import type { AdoptedAction, AdoptedPlan } from './adopted-plan';

export const MONITORING_STATUSES = [
  'notStarted',
  'onTrack',
  'delayed',
  'atRisk',
  'done',
  'cancelled',
] as const;
export type MonitoringStatus = (typeof MONITORING_STATUSES)[number];

const month = monthSchema;
const text = z.string().trim().max(5000);

/**
 * One report on one action of an adopted plan. Append-only, like the review log: a correction is a
 * new update; what holds on a day is the latest update as of that day. A delayed, at-risk or
 * cancelled action carries its reason.
 */
export const monitoringUpdateSchema = z
  .strictObject({
    id: z.string().min(1).max(200),
    assessmentId: z.string().min(1).max(200),
    /** The adopted version the update reports against. */
    planVersion: z.number().int().min(1),
    actionId: z.string().min(1).max(200),
    /** The day the update describes ("report as of"). */
    asOf: z.iso.date({ error: 'a date is written YYYY-MM-DD' }),
    status: z.enum(MONITORING_STATUSES),
    progress: z.number().int().min(0).max(100),
    actualStart: month.optional(),
    actualEnd: month.optional(),
    /** Spent to date, in euros. */
    spent: z.number().nonnegative().max(1e12).optional(),
    reason: text.optional(),
    evidence: text.optional(),
    nextStep: text.optional(),
    author: z.string().max(200),
    recordedAt: z.number().int().nonnegative(),
    /** Updates this one settles (a merge conflict resolved by choosing between them). */
    resolves: z.array(z.string().min(1).max(200)).max(50).optional(),
  })
  .superRefine((u, ctx) => {
    if ((u.status === 'delayed' || u.status === 'atRisk' || u.status === 'cancelled') && !u.reason)
      ctx.addIssue({ code: 'custom', path: ['reason'], message: `a ${u.status} action needs a reason` });
    if (u.status === 'done' && u.progress !== 100)
      ctx.addIssue({ code: 'custom', path: ['progress'], message: 'a done action is at 100%' });
    if (u.actualStart && u.actualEnd && u.actualEnd < u.actualStart)
      ctx.addIssue({
        code: 'custom',
        path: ['actualEnd'],
        message: 'the actual end is before the actual start',
      });
  });
export type MonitoringUpdate = z.infer<typeof monitoringUpdateSchema>;

/** Later as-of day first wins; on the same day, the later record. */
const newer = (a: MonitoringUpdate, b: MonitoringUpdate) =>
  a.asOf.localeCompare(b.asOf) || a.recordedAt - b.recordedAt || a.id.localeCompare(b.id);

/** The latest update of each action as of a day (updates dated after it are not yet known). */
export function statusAsOf(updates: readonly MonitoringUpdate[], day: string): Map<string, MonitoringUpdate> {
  const latest = new Map<string, MonitoringUpdate>();
  for (const u of updates) {
    if (u.asOf > day) continue;
    const known = latest.get(u.actionId);
    if (!known || newer(u, known) > 0) latest.set(u.actionId, u);
  }
  return latest;
}

export interface ReportingPeriod {
  /** "2027-Q1", "2027-H2", "2027" or "plan". */
  id: string;
  kind: 'quarter' | 'half' | 'year' | 'plan';
  year: number;
  /** 1–4 for a quarter, 1–2 for a half. */
  part?: number;
  startMonth: string;
  endMonth: string;
  /** The last day of the period: its "report as of" date. */
  asOf: string;
}

const lastDay = (m: string) => {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  return `${m}-${String(new Date(Date.UTC(y, mo, 0)).getUTCDate()).padStart(2, '0')}`;
};

/** The reporting periods of the plan's timeline, in calendar quarters, halves or years. */
export function reportingPeriods(
  plan: Pick<AdoptedPlan, 'startMonth' | 'endMonth'>,
  frequency: 'quarterly' | 'semiannual' | 'annual' | 'end',
): ReportingPeriod[] {
  if (frequency === 'end') {
    const y = Number(plan.endMonth.slice(0, 4));
    return [
      {
        id: 'plan',
        kind: 'plan',
        year: y,
        startMonth: plan.startMonth,
        endMonth: plan.endMonth,
        asOf: lastDay(plan.endMonth),
      },
    ];
  }
  const span = frequency === 'quarterly' ? 3 : frequency === 'semiannual' ? 6 : 12;
  const periods: ReportingPeriod[] = [];
  const [y0, m0] = plan.startMonth.split('-').map(Number) as [number, number];
  // The calendar period the plan starts in, then one after another until the plan's end.
  let start = `${y0}-${String(Math.floor((m0 - 1) / span) * span + 1).padStart(2, '0')}`;
  while (start <= plan.endMonth) {
    const end = addMonths(start, span - 1);
    const year = Number(start.slice(0, 4));
    const part = Math.floor((Number(start.slice(5)) - 1) / span) + 1;
    const kind = span === 3 ? 'quarter' : span === 6 ? 'half' : 'year';
    periods.push({
      id: kind === 'quarter' ? `${year}-Q${part}` : kind === 'half' ? `${year}-H${part}` : `${year}`,
      kind,
      year,
      ...(kind !== 'year' && { part }),
      startMonth: start < plan.startMonth ? plan.startMonth : start,
      endMonth: end > plan.endMonth ? plan.endMonth : end,
      asOf: lastDay(end > plan.endMonth ? plan.endMonth : end),
    });
    start = addMonths(start, span);
  }
  return periods;
}

/** The period a day falls in (none outside the plan). */
export function periodOf(periods: readonly ReportingPeriod[], day: string): ReportingPeriod | undefined {
  const m = day.slice(0, 7);
  return periods.find((p) => p.startMonth <= m && m <= p.endMonth);
}

export type Light = 'green' | 'amber' | 'red' | 'grey';

export interface ActionProgress {
  action: AdoptedAction;
  /** The latest update as of the day, if any. */
  update?: MonitoringUpdate;
  /** Its status: notStarted until someone reports. */
  status: MonitoringStatus;
  progress: number;
  /** Its planned end has passed (the end of its end month is before the day) and it is neither done nor cancelled. */
  overdue: boolean;
  /** Its planned start has passed with no start reported (or still "not started"). */
  lateStart: boolean;
  /** Months past the planned end (overdue ones), else 0. */
  monthsLate: number;
}

/** What each action's state is on a day. `day` is the "report as of" date, passed in (never the clock). */
export function actionProgress(
  plan: AdoptedPlan,
  updates: readonly MonitoringUpdate[],
  day: string,
): ActionProgress[] {
  const latest = statusAsOf(updates, day);
  const month = day.slice(0, 7);
  return plan.actions.map((action) => {
    const update = latest.get(action.id);
    const status = update?.status ?? 'notStarted';
    const open = status !== 'done' && status !== 'cancelled';
    const overdue = open && lastDay(action.end) < day;
    return {
      action,
      ...(update && { update }),
      status,
      progress: update?.progress ?? 0,
      overdue,
      lateStart: status === 'notStarted' && action.start < month,
      monthsLate: overdue ? Math.max(1, monthsBetween(action.end, month)) : 0,
    };
  });
}

export interface RollUp {
  /** An objective's or an area's id; "all" for the plan. */
  id: string;
  actions: number;
  counts: Record<MonitoringStatus, number>;
  overdue: number;
  /** Share of the actions that are not cancelled which are done, and mean progress, 0–1. */
  doneShare: number;
  meanProgress: number;
  light: Light;
}

/** Red at a quarter or more of the open actions delayed, at risk or overdue; amber at any; grey before any report. */
export const RED_SHARE = 0.25;

export function rollUp(id: string, rows: readonly ActionProgress[]): RollUp {
  const counts = Object.fromEntries(MONITORING_STATUSES.map((s) => [s, 0])) as Record<
    MonitoringStatus,
    number
  >;
  for (const r of rows) counts[r.status]++;
  const counted = rows.filter((r) => r.status !== 'cancelled');
  const troubled = counted.filter((r) => r.status === 'delayed' || r.status === 'atRisk' || r.overdue).length;
  const open = counted.filter((r) => r.status !== 'done').length;
  const reported = rows.some((r) => r.update) || rows.some((r) => r.overdue);
  const light: Light = !reported
    ? 'grey'
    : open > 0 && troubled / open >= RED_SHARE
      ? 'red'
      : troubled > 0
        ? 'amber'
        : 'green';
  return {
    id,
    actions: rows.length,
    counts,
    overdue: rows.filter((r) => r.overdue).length,
    doneShare: counted.length === 0 ? 0 : counts.done / counted.length,
    meanProgress:
      counted.length === 0 ? 0 : counted.reduce((s, r) => s + r.progress, 0) / counted.length / 100,
    light,
  };
}

export interface BudgetLine {
  id: string;
  planned: { low: number; high: number };
  /** The part of the planned cost due by the day, if spending followed each action's timeline evenly. */
  dueByNow: { low: number; high: number };
  spent: number;
  /** Spent over the upper bound of what is due by now (positive: ahead of plan or over cost). */
  over: number;
  /** Actions without any amount spent reported. */
  unreported: number;
}

/** Budget planned against spent, as of a day: the plan's range, the part due by then, and what was spent. */
export function budgetLine(id: string, rows: readonly ActionProgress[], day: string): BudgetLine {
  const month = day.slice(0, 7);
  let low = 0;
  let high = 0;
  let dueLow = 0;
  let dueHigh = 0;
  let spent = 0;
  let unreported = 0;
  for (const r of rows) {
    if (r.status === 'cancelled' && r.update?.spent === undefined) continue;
    const { action } = r;
    low += action.costLow;
    high += action.costHigh;
    const length = monthsBetween(action.start, action.end) + 1;
    const elapsed = Math.min(length, Math.max(0, monthsBetween(action.start, month) + 1));
    dueLow += (action.costLow * elapsed) / length;
    dueHigh += (action.costHigh * elapsed) / length;
    if (r.update?.spent === undefined) unreported++;
    else spent += r.update.spent;
  }
  return {
    id,
    planned: { low, high },
    dueByNow: { low: Math.round(dueLow), high: Math.round(dueHigh) },
    spent,
    over: Math.max(0, Math.round(spent - dueHigh)),
    unreported,
  };
}

export interface Dashboard {
  day: string;
  plan: RollUp;
  byObjective: RollUp[];
  byArea: RollUp[];
  budget: BudgetLine;
  budgetByObjective: BudgetLine[];
  overdue: ActionProgress[];
  rows: ActionProgress[];
}

/** Everything the dashboard and the progress report show, as of a day. */
export function dashboard(plan: AdoptedPlan, updates: readonly MonitoringUpdate[], day: string): Dashboard {
  const rows = actionProgress(
    plan,
    updates.filter((u) => u.assessmentId === plan.assessmentId),
    day,
  );
  const group = (key: (r: ActionProgress) => string | undefined, order: readonly string[]) =>
    order.map((id) => [id, rows.filter((r) => key(r) === id)] as const).filter(([, mine]) => mine.length > 0);
  const objectives = group(
    (r) => r.action.objectiveId,
    plan.objectives.map((o) => o.id),
  );
  const areas = group((r) => r.action.areaId, [...new Set(plan.actions.map((a) => a.areaId))]);
  return {
    day,
    plan: rollUp('all', rows),
    byObjective: objectives.map(([id, mine]) => rollUp(id, mine)),
    byArea: areas.map(([id, mine]) => rollUp(id, mine)),
    budget: budgetLine('all', rows, day),
    budgetByObjective: objectives.map(([id, mine]) => budgetLine(id, mine, day)),
    overdue: rows
      .filter((r) => r.overdue)
      .sort((a, b) => b.monthsLate - a.monthsLate || a.action.number.localeCompare(b.action.number)),
    rows,
  };
}

/** A new update's defaults for an action: its last state carried forward, dated the given day. */
export function carriedForward(
  last: MonitoringUpdate | undefined,
): Pick<MonitoringUpdate, 'status' | 'progress'> & Partial<MonitoringUpdate> {
  if (!last) return { status: 'notStarted', progress: 0 };
  const { status, progress, actualStart, actualEnd, spent, reason, nextStep } = last;
  return {
    status,
    progress,
    ...(actualStart && { actualStart }),
    ...(actualEnd && { actualEnd }),
    ...(spent !== undefined && { spent }),
    ...(reason && { reason }),
    ...(nextStep && { nextStep }),
  };
}
