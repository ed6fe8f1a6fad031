import { liveQuery } from 'dexie';
import { planEditsSchema, type PlanEdits } from '../domain/plan/plan-edits';
import type { NapDatabase } from './db';
import { toStorageError } from './storage-error';

export function plansRepo(db: NapDatabase) {
  const get = async (assessmentId: string): Promise<PlanEdits | undefined> => {
    const row = await db.plans.get(assessmentId);
    if (row === undefined) return undefined;
    const parsed = planEditsSchema.safeParse(row);
    return parsed.success ? parsed.data : undefined;
  };
  return {
    get,
    /** Saves the plan edits; an invalid record (e.g. a dropped action without a reason) is refused. */
    async save(edits: PlanEdits): Promise<void> {
      const parsed = planEditsSchema.parse(edits);
      try {
        await db.plans.put(parsed);
      } catch (error) {
        throw toStorageError(error);
      }
    },
    watch(
      assessmentId: string,
      onChange: (edits: PlanEdits | undefined) => void,
      onError: (error: unknown) => void,
    ): () => void {
      const subscription = liveQuery(() => get(assessmentId)).subscribe({ next: onChange, error: onError });
      return () => subscription.unsubscribe();
    },
  };
}
