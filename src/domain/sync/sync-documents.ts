import { z } from 'zod';
import { answerRecordSchema, type AnswerRecord } from '../assessment/answer';
import { assessmentSchema, type Assessment } from '../assessment/assessment';
import type { AnswerConflict } from '../exchange/merge';
import { adoptedPlanSchema, type AdoptedPlan } from '../monitoring/adopted-plan';
import { monitoringUpdateSchema, type MonitoringUpdate } from '../monitoring/monitoring';
import { planEditsSchema, type PlanEdits } from '../plan/plan-edits';
import { reviewEntrySchema, type ReviewEntry } from '../scoring/review';
import { zodIssuesToLoadIssues } from '../zod-issues';
import type { LoadIssue } from '../load-result';

/**
 * An assessment as documents of one CouchDB database (one database per assessment). Each record
 * the app keeps is one document whose id every device derives from the record itself, so two
 * devices writing the same answer write the same document and CouchDB sees their conflict:
 *
 * | record | document id | changes |
 * | --- | --- | --- |
 * | the assessment (profile, roster, assignments) | `assessment` | edited |
 * | an answer (value, comment, evidence, author, time) | `answer:<question id>` | edited |
 * | the plan edits | `plan-edits` | edited |
 * | a review-log entry | `review:<entry id>` | never: written once |
 * | a monitoring update | `update:<update id>` | never: written once |
 * | an adopted plan version | `adopted:<version>` | never: written once |
 */
export const syncRecordSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('assessment'), record: assessmentSchema }),
  z.strictObject({ kind: z.literal('answer'), record: answerRecordSchema }),
  z.strictObject({ kind: z.literal('plan-edits'), record: planEditsSchema }),
  z.strictObject({ kind: z.literal('review'), record: reviewEntrySchema }),
  z.strictObject({ kind: z.literal('update'), record: monitoringUpdateSchema }),
  z.strictObject({ kind: z.literal('adopted'), record: adoptedPlanSchema }),
]);
export type SyncRecord = z.infer<typeof syncRecordSchema>;

/** Kinds written once: a second revision with other content is refused, not merged. */
const WRITTEN_ONCE: ReadonlySet<SyncRecord['kind']> = new Set(['review', 'update', 'adopted']);

/**
 * A record of a kind written once (review entries, monitoring updates, adopted versions) that comes
 * back with other content: refused with the reason, the stored one kept.
 */
export function rewriteRefused(stored: SyncRecord | undefined, incoming: SyncRecord): string | undefined {
  if (!stored || !WRITTEN_ONCE.has(incoming.kind)) return undefined;
  if (JSON.stringify(stored.record) === JSON.stringify(incoming.record)) return undefined;
  return `document ${syncDocId(incoming)}: a ${incoming.kind} record is written once and cannot be changed`;
}

/** A document as it travels: CouchDB's own fields beside the record. */
export interface SyncDocument {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  kind: SyncRecord['kind'];
  record: SyncRecord['record'];
}

/** The id a record's document has on every device. */
export function syncDocId(item: SyncRecord): string {
  switch (item.kind) {
    case 'assessment':
    case 'plan-edits':
      return item.kind;
    case 'answer':
      return `answer:${item.record.questionId}`;
    case 'review':
    case 'update':
      return `${item.kind}:${item.record.id}`;
    case 'adopted':
      return `adopted:${item.record.version}`;
  }
}

/** Everything of one assessment as documents (without revisions), in a stable order. */
export function toSyncDocuments(input: {
  assessment: Assessment;
  answers: readonly AnswerRecord[];
  plan: PlanEdits | null;
  reviewLog: readonly ReviewEntry[];
  updates: readonly MonitoringUpdate[];
  adopted: readonly AdoptedPlan[];
}): SyncDocument[] {
  const items: SyncRecord[] = [
    { kind: 'assessment', record: input.assessment },
    ...input.answers.map((record) => ({ kind: 'answer' as const, record })),
    ...(input.plan ? [{ kind: 'plan-edits' as const, record: input.plan }] : []),
    ...input.reviewLog.map((record) => ({ kind: 'review' as const, record })),
    ...input.updates.map((record) => ({ kind: 'update' as const, record })),
    ...input.adopted.map((record) => ({ kind: 'adopted' as const, record })),
  ];
  return items.map((item) => ({ _id: syncDocId(item), ...item }));
}

const COUCH_FIELDS = new Set(['_id', '_rev', '_deleted', '_conflicts', '_revisions', '_attachments']);

/**
 * The one gate for a document coming from a replica: its shape by kind, its id the one its record
 * gives, its record this assessment's. A refused document never reaches the app's store; the issues
 * say which document and which field.
 */
export function readSyncDocument(
  doc: unknown,
  assessmentId: string,
): { ok: true; item: SyncRecord } | { ok: false; issues: LoadIssue[] } {
  const id =
    typeof doc === 'object' && doc !== null && typeof (doc as { _id?: unknown })._id === 'string'
      ? (doc as { _id: string })._id
      : '(no id)';
  const at = (issues: LoadIssue[]) => ({
    ok: false as const,
    issues: issues.map((i) => ({ ...i, message: `document ${id}: ${i.message}` })),
  });
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc))
    return at([{ severity: 'error', path: '$', message: 'is not an object' }]);
  const body = Object.fromEntries(Object.entries(doc).filter(([key]) => !COUCH_FIELDS.has(key)));
  const parsed = syncRecordSchema.safeParse(body);
  if (!parsed.success) return at(zodIssuesToLoadIssues(parsed.error.issues));
  const item = parsed.data;
  if (syncDocId(item) !== id)
    return at([
      { severity: 'error', path: '$._id', message: `should be "${syncDocId(item)}" for this record` },
    ]);
  const owner =
    item.kind === 'assessment'
      ? item.record.id
      : 'assessmentId' in item.record
        ? item.record.assessmentId
        : undefined;
  if (owner !== undefined && owner !== assessmentId)
    return at([
      {
        severity: 'error',
        path: '$.record',
        message: `belongs to assessment "${owner}", not "${assessmentId}"`,
      },
    ]);
  return { ok: true, item };
}

/**
 * CouchDB database names are lower-case letters, digits and _$()+-/ starting with a letter; the
 * assessment's database is `nap-` and its id, every other character (capitals too, so that ids
 * differing only in case never share a database) written as `(xx)` hex.
 */
export function syncDatabaseName(assessmentId: string): string {
  const spelled = [...assessmentId].map((c) =>
    /[a-z0-9_+-]/.test(c) ? c : `(${c.codePointAt(0)!.toString(16)})`,
  );
  return `nap-${spelled.join('')}`;
}

/**
 * An answer document with conflicting revisions as the conflict the file merge shows: CouchDB's
 * winning revision is "here", each other revision "incoming"; the newer one is preselected. The
 * winner is never taken silently: every conflicted answer is listed until the user has chosen.
 */
export function answerConflictsOf(winner: AnswerRecord, others: readonly AnswerRecord[]): AnswerConflict[] {
  return others.map((incoming) => ({
    questionId: winner.questionId,
    local: winner,
    incoming,
    suggested: incoming.updatedAt > winner.updatedAt ? 'incoming' : 'local',
    hidden: false,
  }));
}

/**
 * The writes that settle a conflicted document on every device: the chosen record as a new revision
 * of the winning one, and every other revision deleted (CouchDB then has one leaf, so no device
 * shows the conflict again).
 */
export function settleConflict(
  id: string,
  winnerRev: string,
  otherRevs: readonly string[],
  chosen: SyncRecord,
): SyncDocument[] {
  return [
    { _id: id, _rev: winnerRev, ...chosen },
    ...otherRevs.map((rev) => ({
      _id: id,
      _rev: rev,
      _deleted: true,
      kind: chosen.kind,
      record: chosen.record,
    })),
  ];
}
