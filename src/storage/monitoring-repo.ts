import { liveQuery } from 'dexie';
import type { z } from 'zod';
import { adoptedPlanSchema, type AdoptedPlan } from '../domain/monitoring/adopted-plan';
import { monitoringUpdateSchema, type MonitoringUpdate } from '../domain/monitoring/monitoring';
import type { NapDatabase } from './db';
import { guarded } from './storage-error';

/** An assessment's plan cycle as stored: the adopted versions and every monitoring update. */
export interface MonitoringRecords {
  adopted: AdoptedPlan[];
  updates: MonitoringUpdate[];
}

const valid = <T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  rows: unknown[],
) =>
  rows.flatMap((row) => {
    const parsed = schema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });

/** The record as the schema gives it, or an error that says which record and field are wrong. */
function checked<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new Error(
    `${what} is refused: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`).join('; ')}`,
  );
}

export function monitoringRepo(db: NapDatabase) {
  const list = async (assessmentId: string): Promise<MonitoringRecords> => {
    const [adopted, updates] = await Promise.all([
      db.adoptedPlans.where('assessmentId').equals(assessmentId).toArray(),
      db.monitoring.where('assessmentId').equals(assessmentId).toArray(),
    ]);
    return {
      adopted: valid<AdoptedPlan>(adoptedPlanSchema, adopted).sort((a, b) => a.version - b.version),
      updates: valid<MonitoringUpdate>(monitoringUpdateSchema, updates).sort(
        (a, b) => a.recordedAt - b.recordedAt || a.id.localeCompare(b.id),
      ),
    };
  };
  return {
    list,
    /** Records an adopted version; a version already adopted is never replaced. */
    async adopt(plan: AdoptedPlan): Promise<void> {
      const parsed = checked(adoptedPlanSchema, plan, `plan version ${plan.version}`);
      await guarded(() => db.adoptedPlans.add(parsed));
    },
    /** Appends updates; one that fails the schema (e.g. "delayed" without a reason) is refused, and then none is written. */
    async append(updates: MonitoringUpdate[]): Promise<void> {
      const parsed = updates.map((u) =>
        checked(monitoringUpdateSchema, u, `the update of action ${u.actionId}`),
      );
      await guarded(() => db.monitoring.bulkAdd(parsed));
    },
    watch(
      assessmentId: string,
      onChange: (records: MonitoringRecords) => void,
      onError: (error: unknown) => void,
    ): () => void {
      const subscription = liveQuery(() => list(assessmentId)).subscribe({ next: onChange, error: onError });
      return () => subscription.unsubscribe();
    },
  };
}
