import { z } from 'zod';
import { ACTION_TYPES, COST_BANDS } from '../questionnaire/vocabulary';

export const ACTION_STATUSES = ['proposed', 'agreed', 'inProgress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/** A calendar month, "YYYY-MM": the plan's, its actions' and monitoring's months. */
export const monthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'must be a month "YYYY-MM"' });
const month = monthSchema;

/** Where an action's money is expected to come from (the budget table sums by source). */
export const FUNDING_SOURCES = ['national', 'donor', 'coe', 'other'] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** How often a results-framework row is reported on. */
export const REPORTING_FREQUENCIES = ['quarterly', 'semiannual', 'annual', 'end'] as const;
export type ReportingFrequency = (typeof REPORTING_FREQUENCIES)[number];

/** The language a person wrote a text in ("en", "ru"): the other language's document marks it. */
const language = z.string().regex(/^[a-z]{2,3}$/, { error: 'must be a language code such as "en"' });

/** A text a person wrote, with the language it was written in. */
export const userTextSchema = z.strictObject({ text: z.string().trim().min(1).max(5000), lang: language });
export type UserText = z.infer<typeof userTextSchema>;

/** Text fields of an action that a person may write (the others are choices). */
export const ACTION_TEXT_FIELDS = ['title', 'description', 'objective', 'achievement', 'dropReason'] as const;

/** What a user changed on one action; fields left out keep the computed value. */
export const actionEditSchema = z
  .strictObject({
    title: z.string().trim().min(1).max(500).optional(),
    description: z.string().max(5000).optional(),
    objective: z.string().max(1000).optional(),
    type: z.enum(ACTION_TYPES).optional(),
    leadAgencyId: z.string().nullable().optional(),
    supportAgencyIds: z.array(z.string()).optional(),
    start: month.optional(),
    end: month.optional(),
    achievement: z.string().max(1000).optional(),
    costBand: z.enum(COST_BANDS).optional(),
    status: z.enum(ACTION_STATUSES).optional(),
    /** Required when the status is "dropped". */
    dropReason: z.string().trim().min(1).max(2000).optional(),
    fundingSource: z.enum(FUNDING_SOURCES).optional(),
    /** For each text field changed: the language it was written in. */
    written: z.partialRecord(z.enum(ACTION_TEXT_FIELDS), language).optional(),
  })
  .refine((e) => e.status !== 'dropped' || e.dropReason !== undefined, {
    error: 'a dropped action needs a reason',
    path: ['dropReason'],
  });
export type ActionEdit = z.infer<typeof actionEditSchema>;

/** An action the user added, tied to an area (and optionally an indicator). */
export const customActionSchema = z.strictObject({
  id: z.string().min(1),
  areaId: z.string().min(1),
  indicatorId: z.string().optional(),
  title: z.string().trim().min(1).max(500),
  description: z.string().max(5000).default(''),
  type: z.enum(ACTION_TYPES),
  tier: z.enum(['high', 'medium', 'low']),
  leadAgencyId: z.string().nullable().default(null),
  supportAgencyIds: z.array(z.string()).default([]),
  start: month,
  end: month,
  achievement: z.string().max(1000).default(''),
  costBand: z.enum(COST_BANDS),
  status: z.enum(ACTION_STATUSES).default('proposed'),
  fundingSource: z.enum(FUNDING_SOURCES).optional(),
  /** The outcome objective it was added to (otherwise its indicator's, or its area's). */
  objectiveId: z.string().min(1).optional(),
  /** The language its texts were written in. */
  lang: language.optional(),
});
export type CustomAction = z.infer<typeof customActionSchema>;

/** A drafter's change to an outcome objective: a new title, merged into another, or one of their own. */
export const objectiveEditSchema = z.strictObject({
  title: userTextSchema.optional(),
  outcome: userTextSchema.optional(),
  /** The objective this one was merged into: its indicators and actions go there. */
  mergedInto: z.string().min(1).optional(),
  /** An objective the drafter added (not one of the default grouping). */
  added: z.boolean().optional(),
});
export type ObjectiveEdit = z.infer<typeof objectiveEditSchema>;

/** A drafter's change to one row of the results framework ("o:<objective>" or "a:<action>"). */
export const resultsEditSchema = z.strictObject({
  indicator: userTextSchema.optional(),
  baseline: userTextSchema.optional(),
  target: userTextSchema.optional(),
  targetDate: month.optional(),
  verification: userTextSchema.optional(),
  responsibleId: z.string().nullable().optional(),
  frequency: z.enum(REPORTING_FREQUENCIES).optional(),
});
export type ResultsEdit = z.infer<typeof resultsEditSchema>;

const score = z.number().int().min(1).max(5);

/** A risk to carrying out the plan, with what the team will do about it. */
export const planRiskSchema = z.strictObject({
  id: z.string().min(1).max(100),
  risk: userTextSchema,
  likelihood: score,
  impact: score,
  mitigation: userTextSchema,
  ownerId: z.string().nullable().default(null),
});
export type PlanRisk = z.infer<typeof planRiskSchema>;

/**
 * Everything the user decided about the plan, kept apart from what is computed, so that a
 * recomputation of priorities never loses an edit. `accepted` is the set of recommended action ids
 * the plan was last built on: a recomputation shows what it would add or remove against it.
 */
export const planEditsSchema = z.strictObject({
  assessmentId: z.string().min(1),
  /** First month of the plan, "YYYY-MM". */
  startMonth: month,
  accepted: z.array(z.string()).default([]),
  edits: z.record(z.string(), actionEditSchema).default({}),
  custom: z.array(customActionSchema).default([]),
  /** Per area: action ids in the order the user set. */
  order: z.record(z.string(), z.array(z.string())).default({}),
  vision: userTextSchema.optional(),
  mission: userTextSchema.optional(),
  /** Changes to the outcome objectives, by objective id (a default family's or one added). */
  objectives: z.record(z.string(), objectiveEditSchema).default({}),
  /** Indicators moved to another objective than their area's. */
  assign: z.record(z.string(), z.string().min(1)).default({}),
  results: z.record(z.string(), resultsEditSchema).default({}),
  /** The plan's risk register once edited; until then the default risks stand. */
  risks: z.array(planRiskSchema).max(30).optional(),
  /** Planning ceiling per action of the open top cost band (> EUR 1 M), in EUR. */
  openBandHigh: z.number().int().min(1_000_000).max(1_000_000_000).optional(),
  updatedAt: z.number().int().nonnegative(),
});
export type PlanEdits = z.infer<typeof planEditsSchema>;

/** The first month of the quarter after `now` (a plan drafted today starts next quarter). */
export function nextQuarterStart(now: number): string {
  const d = new Date(now);
  const quarter = Math.floor(d.getUTCMonth() / 3) + 1;
  const year = d.getUTCFullYear() + (quarter === 4 ? 1 : 0);
  const month = (quarter % 4) * 3 + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

export function emptyPlanEdits(assessmentId: string, now: number): PlanEdits {
  return {
    assessmentId,
    startMonth: nextQuarterStart(now),
    accepted: [],
    edits: {},
    custom: [],
    order: {},
    objectives: {},
    assign: {},
    results: {},
    updatedAt: now,
  };
}
