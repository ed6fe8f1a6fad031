import { z } from 'zod';
import { ACTION_TYPES, COST_BANDS } from '../questionnaire/vocabulary';

export const ACTION_STATUSES = ['proposed', 'agreed', 'inProgress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'must be a month "YYYY-MM"' });

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
});
export type CustomAction = z.infer<typeof customActionSchema>;

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
    updatedAt: now,
  };
}
