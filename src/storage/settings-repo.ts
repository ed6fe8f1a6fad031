import { z } from 'zod';
import type { NapDatabase } from './db';
import { toStorageError } from './storage-error';

export const settingsSchema = z.object({
  /** Stamped on every answer. */
  authorName: z.string().trim().max(120).default(''),
  /** The agency the user answers for, stamped with the name ("A. Asanova (MoH)"). */
  authorAgency: z.string().trim().max(60).default(''),
  /** Stamped on every review decision. */
  reviewerName: z.string().max(200).default(''),
  /** When everything on the device was last saved to a backup file. */
  lastBackupAt: z.number().int().nonnegative().optional(),
});
export type Settings = z.infer<typeof settingsSchema>;

/** The stamp on each answer: the name, with the agency when given. */
export function authorStamp(settings: Pick<Settings, 'authorName' | 'authorAgency'>): string {
  return settings.authorAgency ? `${settings.authorName} (${settings.authorAgency})` : settings.authorName;
}

export function settingsRepo(db: NapDatabase) {
  return {
    async get(): Promise<Settings> {
      const rows = await db.settings.toArray();
      const raw = Object.fromEntries(rows.map((r) => [r.key, r.value]));
      const parsed = settingsSchema.safeParse(raw);
      return parsed.success ? parsed.data : settingsSchema.parse({});
    },
    async set(patch: Partial<Settings>): Promise<void> {
      try {
        await db.settings.bulkPut(Object.entries(patch).map(([key, value]) => ({ key, value })));
      } catch (error) {
        throw toStorageError(error);
      }
    },
  };
}
