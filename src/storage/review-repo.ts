import { liveQuery } from 'dexie';
import { reviewEntrySchema, type ReviewEntry } from '../domain/scoring/review';
import type { NapDatabase } from './db';
import { toStorageError } from './storage-error';

export function reviewRepo(db: NapDatabase) {
  const list = async (assessmentId: string): Promise<ReviewEntry[]> => {
    const rows = await db.reviewLog.where('assessmentId').equals(assessmentId).toArray();
    return rows
      .flatMap((row) => {
        const parsed = reviewEntrySchema.safeParse(row);
        return parsed.success ? [parsed.data] : [];
      })
      .sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  };
  return {
    list,
    /** Appends one decision; an entry that fails the schema (e.g. an override without a reason) is refused. */
    async append(entry: ReviewEntry): Promise<void> {
      const parsed = reviewEntrySchema.parse(entry);
      try {
        await db.reviewLog.add(parsed);
      } catch (error) {
        throw toStorageError(error);
      }
    },
    watch(
      assessmentId: string,
      onChange: (log: ReviewEntry[]) => void,
      onError: (error: unknown) => void,
    ): () => void {
      const subscription = liveQuery(() => list(assessmentId)).subscribe({ next: onChange, error: onError });
      return () => subscription.unsubscribe();
    },
  };
}
