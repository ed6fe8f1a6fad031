import { z } from 'zod';
import type { PlanModel } from '../plan/build-plan';
import { actionRange } from '../plan/budget';
import type { PlanObjective } from '../plan/objectives';
import { FUNDING_SOURCES, monthSchema } from '../plan/plan-edits';
import type { Phrase } from '../plan/phrase';

const month = monthSchema;
const day = z.iso.date({ error: 'a date is written YYYY-MM-DD' });
const phraseSchema: z.ZodType<Phrase> = z.union([
  z.strictObject({
    key: z.string().min(1).max(200),
    values: z.record(z.string(), z.union([z.string().max(5000), z.number()])).optional(),
  }),
  z.strictObject({ text: z.string().max(5000), lang: z.string().max(20).optional() }),
]);

/** One action as the plan was adopted: what monitoring compares the actual with. */
export const adoptedActionSchema = z.strictObject({
  id: z.string().min(1).max(200),
  number: z.string().max(50),
  title: z.string().max(5000),
  areaId: z.string().min(1).max(200),
  indicatorId: z.string().max(200).optional(),
  objectiveId: z.string().max(200).optional(),
  leadAgencyId: z.string().max(200).nullable(),
  start: month,
  end: month,
  /** The cost band's bounds in euros, as the plan's budget counts them. */
  costLow: z.number().nonnegative(),
  costHigh: z.number().nonnegative(),
  fundingSource: z.enum(FUNDING_SOURCES).optional(),
});
export type AdoptedAction = z.infer<typeof adoptedActionSchema>;

/**
 * A version of the plan as adopted: frozen, never edited. Later changes to the draft become the next
 * version when it is adopted in its turn; every version stays readable and can be exported.
 */
export const adoptedPlanSchema = z.strictObject({
  assessmentId: z.string().min(1).max(200),
  version: z.number().int().min(1).max(1000),
  /** The day the adopting body adopted it (from its decision), not the day it was recorded. */
  adoptedOn: day,
  adoptedBy: z.string().trim().min(1, { error: 'say which body adopted the plan' }).max(300),
  /** The decision's number or title, e.g. "Government decree No. 214". */
  reference: z.string().trim().max(300).optional(),
  recordedAt: z.number().int().nonnegative(),
  author: z.string().max(200),
  startMonth: month,
  endMonth: month,
  horizon: z.union([z.literal(1), z.literal(5)]),
  objectives: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(200),
        number: z.number().int().min(1),
        title: phraseSchema,
      }),
    )
    .max(100),
  actions: z.array(adoptedActionSchema).max(20_000),
});
export type AdoptedPlan = z.infer<typeof adoptedPlanSchema>;

export interface AdoptionDecision {
  adoptedOn: string;
  adoptedBy: string;
  reference?: string;
  author: string;
  /** When it is recorded (the caller's clock). */
  now: number;
}

/** Freezes the draft plan as the next adopted version (the live actions only: dropped ones are not adopted). */
export function adoptPlan(
  assessmentId: string,
  plan: PlanModel,
  objectives: readonly PlanObjective[],
  openBandHigh: number | undefined,
  earlier: readonly AdoptedPlan[],
  decision: AdoptionDecision,
): AdoptedPlan {
  const objectiveOf = new Map(objectives.flatMap((o) => o.actions.map((a) => [a.id, o.id] as const)));
  const actions = plan.areas.flatMap((area) =>
    area.actions
      .filter((a) => a.status !== 'dropped')
      .map((a): AdoptedAction => {
        const cost = actionRange(a.costBand, openBandHigh);
        const objectiveId = objectiveOf.get(a.id);
        return {
          id: a.id,
          number: a.number ?? '',
          title: a.title,
          areaId: a.areaId,
          ...(a.indicatorId !== undefined && { indicatorId: a.indicatorId }),
          ...(objectiveId !== undefined && { objectiveId }),
          leadAgencyId: a.leadAgencyId,
          start: a.start,
          end: a.end,
          costLow: cost.low,
          costHigh: cost.high,
          ...(a.fundingSource !== undefined && { fundingSource: a.fundingSource }),
        };
      }),
  );
  const reference = decision.reference?.trim();
  return adoptedPlanSchema.parse({
    assessmentId,
    version: Math.max(0, ...earlier.map((p) => p.version)) + 1,
    adoptedOn: decision.adoptedOn,
    adoptedBy: decision.adoptedBy.trim(),
    ...(reference && { reference }),
    recordedAt: decision.now,
    author: decision.author,
    startMonth: plan.startMonth,
    endMonth: plan.endMonth,
    horizon: plan.horizon,
    objectives: objectives.map((o) => ({ id: o.id, number: o.number, title: o.title })),
    actions,
  });
}

/** The fields of an adopted action a change list compares, in the order it lists them. */
export const COMPARED_FIELDS = [
  'title',
  'objectiveId',
  'leadAgencyId',
  'start',
  'end',
  'costLow',
  'costHigh',
  'fundingSource',
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export type PlanChange =
  | { kind: 'added'; actionId: string; number: string; title: string }
  | { kind: 'removed'; actionId: string; number: string; title: string }
  | {
      kind: 'changed';
      actionId: string;
      number: string;
      title: string;
      fields: { field: ComparedField; before: string | number | null; after: string | number | null }[];
    };

/**
 * What a later version (or the draft, frozen for comparison) changes against an adopted one: actions
 * added, removed, and changed field by field. In the later version's order, removed ones last.
 */
export function planChanges(
  before: Pick<AdoptedPlan, 'actions'>,
  after: Pick<AdoptedPlan, 'actions'>,
): PlanChange[] {
  const old = new Map(before.actions.map((a) => [a.id, a]));
  const kept = new Set(after.actions.map((a) => a.id));
  const changes: PlanChange[] = [];
  for (const a of after.actions) {
    const was = old.get(a.id);
    if (!was) {
      changes.push({ kind: 'added', actionId: a.id, number: a.number, title: a.title });
      continue;
    }
    const fields = COMPARED_FIELDS.flatMap((field) => {
      const x = was[field] ?? null;
      const y = a[field] ?? null;
      return x === y ? [] : [{ field, before: x, after: y }];
    });
    if (fields.length > 0)
      changes.push({ kind: 'changed', actionId: a.id, number: a.number, title: a.title, fields });
  }
  for (const a of before.actions)
    if (!kept.has(a.id)) changes.push({ kind: 'removed', actionId: a.id, number: a.number, title: a.title });
  return changes;
}

/** The version in force on a day: the latest adopted on or before it (none before the first). */
export function versionInForce(versions: readonly AdoptedPlan[], day: string): AdoptedPlan | undefined {
  return [...versions]
    .filter((v) => v.adoptedOn <= day)
    .sort((a, b) => a.adoptedOn.localeCompare(b.adoptedOn) || a.version - b.version)
    .at(-1);
}
