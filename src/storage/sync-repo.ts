import { liveQuery } from 'dexie';
import { recordContent } from '../domain/sync/sync-decision';
import { syncDocId, toSyncDocuments, type SyncRecord } from '../domain/sync/sync-documents';
import { putAnswers } from './answers-repo';
import { assessmentsRepo } from './assessments-repo';
import type { NapDatabase } from './db';
import { exchangeRepo } from './exchange-repo';
import { guarded } from './storage-error';

/** A record the replica holds, to be written here if this device's copy is still what was seen. */
export interface SyncPull {
  item: SyncRecord;
  /** The content of this device's record when the decision was made (undefined: it had none). */
  seen: string | undefined;
}

/** The records of an assessment as sync sees them, and the writes that bring a replica's into the store. */
export function syncRepo(db: NapDatabase) {
  const tables = [
    db.assessments,
    db.answers,
    db.answerHistory,
    db.plans,
    db.reviewLog,
    db.adoptedPlans,
    db.monitoring,
  ];
  const records = async (assessmentId: string): Promise<SyncRecord[]> => {
    const assessment = await assessmentsRepo(db).get(assessmentId);
    if (!assessment) return [];
    const gathered = await exchangeRepo(db).gather(assessmentId);
    return toSyncDocuments({
      assessment,
      answers: gathered.answers,
      plan: gathered.plan,
      reviewLog: gathered.reviewLog,
      updates: gathered.monitoring.updates,
      adopted: gathered.monitoring.adopted,
    }).map(({ kind, record }) => ({ kind, record }) as SyncRecord);
  };
  return {
    /** Every record of the assessment, as the documents sync compares. */
    records,

    /** Calls back whenever a record of the assessment changes here (in any tab). */
    watch(assessmentId: string, onChange: () => void, onError: (error: unknown) => void): () => void {
      // Reads the keys only (and the small records whole): a write to any of them calls back.
      const keys = () =>
        Promise.all([
          db.assessments.get(assessmentId),
          db.answers.where('assessmentId').equals(assessmentId).primaryKeys(),
          db.plans.get(assessmentId),
          db.reviewLog.where('assessmentId').equals(assessmentId).primaryKeys(),
          db.adoptedPlans.where('assessmentId').equals(assessmentId).primaryKeys(),
          db.monitoring.where('assessmentId').equals(assessmentId).primaryKeys(),
        ]);
      const subscription = liveQuery(keys).subscribe({
        next: onChange,
        error: onError,
      });
      return () => subscription.unsubscribe();
    },

    /**
     * Writes the replica's records in one transaction; a record changed here since it was seen (an
     * edit typed meanwhile) is left alone and returned, for the next pass to decide again.
     */
    apply: (assessmentId: string, pulls: readonly SyncPull[]) =>
      guarded(() =>
        db.transaction('rw', tables, async () => {
          const current = new Map(
            (await records(assessmentId)).map((item) => [syncDocId(item), recordContent(item)]),
          );
          const skipped: string[] = [];
          const taken = pulls.filter((pull) => {
            const id = syncDocId(pull.item);
            if (current.get(id) === pull.seen) return true;
            skipped.push(id);
            return false;
          });
          const of = <K extends SyncRecord['kind']>(kind: K) =>
            taken.flatMap((p) => (p.item.kind === kind ? [p.item.record] : [])) as Extract<
              SyncRecord,
              { kind: K }
            >['record'][];
          for (const assessment of of('assessment')) {
            // The time of the latest work stays the later of the two.
            const here = (await db.assessments.get(assessment.id)) as { updatedAt?: number } | undefined;
            await db.assessments.put({
              ...assessment,
              updatedAt: Math.max(assessment.updatedAt, here?.updatedAt ?? 0),
            });
          }
          await putAnswers(db, of('answer'));
          for (const plan of of('plan-edits')) await db.plans.put(plan);
          await db.reviewLog.bulkPut(of('review'));
          await db.monitoring.bulkPut(of('update'));
          await db.adoptedPlans.bulkPut(of('adopted'));
          return { skipped };
        }),
      ),
  };
}
