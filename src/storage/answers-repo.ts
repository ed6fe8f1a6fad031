import Dexie, { liveQuery, type ObservabilitySet } from 'dexie';
import type { AnswerRecord } from '../domain/assessment/answer';
import type { NapDatabase } from './db';
import { keepsAsEarlier } from '../domain/assessment/answer-history';
import { restoreAnswer } from './restore';
import { toStorageError } from './storage-error';

export interface SaveOutcome {
  /** Stored answers that were newer than the ones offered, so the offered ones were not written. */
  stale: AnswerRecord[];
}

/**
 * Writes answers over the stored ones (inside the caller's transaction, which must include
 * `answers` and `answerHistory`), keeping each replaced value that counts as an earlier one.
 */
export async function putAnswers(db: NapDatabase, records: readonly AnswerRecord[]): Promise<void> {
  if (records.length === 0) return;
  const stored = await db.answers.bulkGet(
    records.map((r) => [r.assessmentId, r.questionId] as [string, string]),
  );
  const earlier = records.flatMap((r, i) => {
    const old = stored[i];
    return keepsAsEarlier(old, r) ? [old] : [];
  });
  await db.answerHistory.bulkPut(earlier);
  await db.answers.bulkPut([...records]);
}

/** The rows that pass the restore step, as answer records (the others are left out). */
function restoredAnswers(rows: readonly unknown[]): AnswerRecord[] {
  return rows.flatMap((row) => {
    const restored = restoreAnswer(row);
    return restored.ok ? [restored.value] : [];
  });
}

export function answersRepo(db: NapDatabase) {
  return {
    async list(assessmentId: string): Promise<AnswerRecord[]> {
      return restoredAnswers(await db.answers.where('assessmentId').equals(assessmentId).toArray());
    },

    /** The answers of these questions only (those an area shows and its conditions read). */
    async listOf(assessmentId: string, questionIds: readonly string[]): Promise<AnswerRecord[]> {
      const rows = await db.answers.bulkGet(questionIds.map((id) => [assessmentId, id] as [string, string]));
      return restoredAnswers(rows.filter((row) => row !== undefined));
    },

    /** The earlier values of one answer on this device, the latest first. */
    async history(assessmentId: string, questionId: string): Promise<AnswerRecord[]> {
      const rows = await db.answerHistory
        .where('[assessmentId+questionId]')
        .equals([assessmentId, questionId])
        .toArray();
      return restoredAnswers(rows).sort((a, b) => b.updatedAt - a.updatedAt);
    },

    /** Calls back with all answers of an assessment now and whenever they change (in any tab). */
    watch(
      assessmentId: string,
      onChange: (records: AnswerRecord[]) => void,
      onError: (error: unknown) => void,
    ): () => void {
      const subscription = liveQuery(() => this.list(assessmentId)).subscribe({
        next: onChange,
        error: onError,
      });
      return () => subscription.unsubscribe();
    },

    /**
     * Calls back with all answers of an assessment now, then, once they change (in any tab), with
     * the records that changed only. It reads again once writes pause for a moment (at the latest a few
     * seconds into a run of them), so that a screen following its own writes while someone types does
     * not read and check every answer after each; only a changed record passes the restore step again.
     */
    watchChanges(
      assessmentId: string,
      onChange: (records: AnswerRecord[]) => void,
      onError: (error: unknown) => void,
      { quietMs = 300, maxWaitMs = 3000 }: { quietMs?: number; maxWaitMs?: number } = {},
    ): () => void {
      const seen = new Map<unknown, string>();
      let first = true;
      let stopped = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      let waitingSince: number | undefined;
      const read = async () => {
        const rows: unknown[] = await db.answers.where('assessmentId').equals(assessmentId).toArray();
        if (stopped) return;
        const records = restoredAnswers(
          rows.filter((row) => {
            const text = JSON.stringify(row);
            const key = (row as { questionId?: unknown }).questionId;
            if (seen.get(key) === text) return false;
            seen.set(key, text);
            return true;
          }),
        );
        if (first || records.length > 0) onChange(records);
        first = false;
      };
      const run = () => {
        waitingSince = undefined;
        read().catch((error: unknown) => !stopped && onError(error));
      };
      const answersPart = `idb://${db.name}/answers/`;
      const onMutated = (parts: ObservabilitySet) => {
        if (!Object.keys(parts).some((part) => part.startsWith(answersPart))) return;
        const now = Date.now();
        waitingSince ??= now;
        clearTimeout(timer);
        timer = setTimeout(run, Math.max(0, Math.min(quietMs, waitingSince + maxWaitMs - now)));
      };
      Dexie.on('storagemutated', onMutated);
      run();
      return () => {
        stopped = true;
        clearTimeout(timer);
        Dexie.on.storagemutated.unsubscribe(onMutated);
      };
    },

    /**
     * Writes answers, one record per question, in one transaction. An answer never replaces a newer
     * one written meanwhile (another tab, a merge): those come back as `stale`.
     */
    async save(records: AnswerRecord[]): Promise<SaveOutcome> {
      if (records.length === 0) return { stale: [] };
      try {
        return await db.transaction('rw', db.answers, db.answerHistory, db.assessments, async () => {
          const existing = await db.answers.bulkGet(
            records.map((r) => [r.assessmentId, r.questionId] as [string, string]),
          );
          const fresh: AnswerRecord[] = [];
          const stale: AnswerRecord[] = [];
          records.forEach((record, i) => {
            const current = existing[i];
            if (current && current.updatedAt > record.updatedAt) stale.push(current);
            else fresh.push(record);
          });
          await putAnswers(db, fresh);
          const latest = new Map<string, number>();
          for (const r of fresh)
            latest.set(r.assessmentId, Math.max(latest.get(r.assessmentId) ?? 0, r.updatedAt));
          for (const [id, updatedAt] of latest)
            await db.assessments
              .where('id')
              .equals(id)
              .modify((row: { updatedAt: number }) => {
                if (row.updatedAt < updatedAt) row.updatedAt = updatedAt;
              });
          return { stale };
        });
      } catch (error) {
        throw toStorageError(error);
      }
    },
  };
}
