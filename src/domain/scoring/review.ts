import { z } from 'zod';
import { priorityConfigSchema, TIERS, type PriorityConfig, type Tier } from './config';
import type { Rating } from './risk';

export const REVIEW_STATES = ['draft', 'inReview', 'reviewed'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];

const ratingSchema = z.strictObject({
  likelihood: z.number().int().min(1).max(5),
  impact: z.number().int().min(1).max(5),
});
const reason = z.string().trim().min(1, { error: 'a reason is required' }).max(5000);
const base = {
  id: z.string().min(1),
  assessmentId: z.string().min(1),
  at: z.number().int().nonnegative(),
  reviewer: z.string().max(200),
};

/**
 * One decision of the expert review. The log is append-only: what holds now is derived from it,
 * and every change keeps who, when, what and why. Overrides without a reason are refused.
 */
export const reviewEntrySchema = z.discriminatedUnion('kind', [
  z.strictObject({
    ...base,
    kind: z.literal('accept'),
    indicatorId: z.string().min(1),
    note: z.string().max(5000).optional(),
  }),
  z.strictObject({
    ...base,
    kind: z.literal('tier'),
    indicatorId: z.string().min(1),
    from: z.enum(TIERS).nullable(),
    to: z.enum(TIERS).nullable(),
    reason,
  }),
  z.strictObject({
    ...base,
    kind: z.literal('target'),
    indicatorId: z.string().min(1),
    from: z.number().int().min(1).max(5).nullable(),
    to: z.number().int().min(1).max(5).nullable(),
    reason,
  }),
  z.strictObject({
    ...base,
    kind: z.literal('areaTarget'),
    areaId: z.string().min(1),
    from: z.number().int().min(1).max(5).nullable(),
    to: z.number().int().min(1).max(5).nullable(),
    reason,
  }),
  z.strictObject({
    ...base,
    kind: z.literal('scenarioRating'),
    scenarioId: z.string().min(1),
    from: ratingSchema.nullable(),
    to: ratingSchema.nullable(),
    reason,
  }),
  z.strictObject({
    ...base,
    kind: z.literal('scenarioLinks'),
    indicatorId: z.string().min(1),
    from: z.array(z.string().min(1)).max(100).nullable(),
    /** The scenarios that drive the indicator's risk; null returns to the questionnaire's links. */
    to: z.array(z.string().min(1)).min(1, { error: 'at least one scenario' }).max(100).nullable(),
    reason,
  }),
  z.strictObject({
    ...base,
    kind: z.literal('comment'),
    indicatorId: z.string().min(1),
    text: z.string().trim().min(1).max(5000),
  }),
  z.strictObject({
    ...base,
    kind: z.literal('reviewed'),
    indicatorId: z.string().min(1),
    reviewed: z.boolean(),
  }),
  z.strictObject({
    ...base,
    kind: z.literal('state'),
    from: z.enum(REVIEW_STATES),
    to: z.enum(REVIEW_STATES),
    note: z.string().max(5000).optional(),
  }),
  z.strictObject({
    ...base,
    kind: z.literal('config'),
    from: priorityConfigSchema,
    to: priorityConfigSchema,
    reason,
  }),
]);
export type ReviewEntry = z.infer<typeof reviewEntrySchema>;

export interface Override<T> {
  value: T;
  reason: string;
  reviewer: string;
  at: number;
}

export interface ReviewSummary {
  tiers: Map<string, Override<Tier>>;
  targets: Map<string, Override<number>>;
  /** Target level per area set by the panel (indicators' own overrides still win). */
  areaTargets: Map<string, Override<number>>;
  /** Scenarios re-rated by a reviewer. */
  ratings: Map<string, Override<Rating>>;
  /** Indicators whose driving scenarios a reviewer chose. */
  links: Map<string, Override<string[]>>;
  reviewed: Set<string>;
  accepted: Set<string>;
  state: ReviewState;
  config: PriorityConfig;
  byIndicator: Map<string, ReviewEntry[]>;
}

/** What the log says now: the latest decision of each kind per indicator wins; `to: null` withdraws an override. */
export function summariseReview(log: readonly ReviewEntry[], defaults: PriorityConfig): ReviewSummary {
  const summary: ReviewSummary = {
    tiers: new Map(),
    targets: new Map(),
    areaTargets: new Map(),
    ratings: new Map(),
    links: new Map(),
    reviewed: new Set(),
    accepted: new Set(),
    state: 'draft',
    config: defaults,
    byIndicator: new Map(),
  };
  const ordered = [...log].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  for (const e of ordered) {
    if ('indicatorId' in e)
      summary.byIndicator.set(e.indicatorId, [...(summary.byIndicator.get(e.indicatorId) ?? []), e]);
    switch (e.kind) {
      case 'tier':
        put(summary.tiers, e.indicatorId, e);
        break;
      case 'target':
        put(summary.targets, e.indicatorId, e);
        break;
      case 'areaTarget':
        put(summary.areaTargets, e.areaId, e);
        break;
      case 'scenarioRating':
        put(summary.ratings, e.scenarioId, e);
        break;
      case 'scenarioLinks':
        put(summary.links, e.indicatorId, e);
        break;
      case 'accept':
        summary.accepted.add(e.indicatorId);
        summary.reviewed.add(e.indicatorId);
        break;
      case 'reviewed':
        if (e.reviewed) summary.reviewed.add(e.indicatorId);
        else summary.reviewed.delete(e.indicatorId);
        break;
      case 'state':
        summary.state = e.to;
        break;
      case 'config':
        summary.config = e.to;
        break;
    }
  }
  return summary;
}

function put<T>(
  map: Map<string, Override<T>>,
  key: string,
  e: { to: T | null; reason: string; reviewer: string; at: number },
) {
  if (e.to === null) map.delete(key);
  else map.set(key, { value: e.to, reason: e.reason, reviewer: e.reviewer, at: e.at });
}

export function emptyReview(defaults: PriorityConfig): ReviewSummary {
  return summariseReview([], defaults);
}

/** Merges logs from several files or devices: the same entry (same id) is kept once. */
export function mergeReviewLogs(...logs: (readonly ReviewEntry[])[]): ReviewEntry[] {
  const byId = new Map<string, ReviewEntry>();
  for (const log of logs) for (const e of log) if (!byId.has(e.id)) byId.set(e.id, e);
  return [...byId.values()].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}
