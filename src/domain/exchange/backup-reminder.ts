export const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * A gentle reminder: edits made since the last backup (or ever, without one) go back a week or more.
 * Returns the time of the oldest edit not in a backup, or undefined when no reminder is due.
 */
export function backupDue(
  editedAt: readonly number[],
  createdAt: readonly number[],
  lastBackupAt: number | undefined,
  now: number,
): number | undefined {
  const since = lastBackupAt ?? 0;
  const unsaved = editedAt.filter((t) => t > since);
  if (unsaved.length === 0) return undefined;
  // The oldest unsaved work: the backup itself, or else the first assessment created since.
  const oldest = lastBackupAt ?? Math.min(...createdAt);
  return now - oldest >= WEEK_MS ? oldest : undefined;
}
