import type { MonitoringUpdate } from './monitoring';

/** What an update says, apart from who recorded it and when: two updates saying the same agree. */
function says(u: MonitoringUpdate): string {
  const { status, progress, actualStart, actualEnd, spent, reason, evidence, nextStep } = u;
  return JSON.stringify([status, progress, actualStart, actualEnd, spent, reason, evidence, nextStep]);
}

export interface MonitoringConflict {
  actionId: string;
  asOf: string;
  local: MonitoringUpdate;
  incoming: MonitoringUpdate;
}

/**
 * Merges another copy's monitoring updates into ours. Updates are append-only, so every update we do
 * not have is added; two updates of one action as of the same day that say different things, neither
 * settled by a later choice, are a conflict to show side by side. Pure.
 */
export function mergeMonitoring(
  local: readonly MonitoringUpdate[],
  incoming: readonly MonitoringUpdate[],
): { added: MonitoringUpdate[]; conflicts: MonitoringConflict[] } {
  const known = new Set(local.map((u) => u.id));
  const added = incoming.filter((u) => !known.has(u.id));
  const all = [...local, ...added];
  const settled = new Set(all.flatMap((u) => u.resolves ?? []));
  // Of each side, the latest update per action and day: a side's own corrections are not conflicts.
  const latest = (updates: readonly MonitoringUpdate[]) => {
    const map = new Map<string, MonitoringUpdate>();
    for (const u of updates) {
      const key = `${u.actionId} ${u.asOf}`;
      const k = map.get(key);
      if (!k || u.recordedAt > k.recordedAt) map.set(key, u);
    }
    return map;
  };
  const ours = latest(local);
  const conflicts: MonitoringConflict[] = [];
  for (const [key, theirs] of latest(added)) {
    const mine = ours.get(key);
    if (!mine || settled.has(mine.id) || settled.has(theirs.id) || says(mine) === says(theirs)) continue;
    conflicts.push({ actionId: theirs.actionId, asOf: theirs.asOf, local: mine, incoming: theirs });
  }
  return { added, conflicts };
}

/** The choice between two conflicting updates, as a new update that settles both (append-only). */
export function settleConflict(
  conflict: MonitoringConflict,
  keep: 'local' | 'incoming',
  by: { id: string; author: string; now: number },
): MonitoringUpdate {
  const chosen = conflict[keep];
  return {
    ...chosen,
    id: by.id,
    author: by.author,
    recordedAt: Math.max(by.now, conflict.local.recordedAt + 1, conflict.incoming.recordedAt + 1),
    resolves: [conflict.local.id, conflict.incoming.id],
  };
}

/** The key a choice between two conflicting updates is kept under. */
export const conflictKey = (c: Pick<MonitoringConflict, 'actionId' | 'asOf'>) => `${c.actionId} ${c.asOf}`;

/** The side preselected for the user: the later record. */
export const suggestedSide = (c: MonitoringConflict): 'local' | 'incoming' =>
  c.incoming.recordedAt > c.local.recordedAt ? 'incoming' : 'local';

/**
 * The updates a merge writes: every update new here, and for each conflict the chosen side (or the
 * suggested one) as an update settling both, so every device that merges the result agrees.
 */
export function resolveMonitoringMerge(
  merge: { added: MonitoringUpdate[]; conflicts: MonitoringConflict[] },
  choices: ReadonlyMap<string, 'local' | 'incoming'>,
  by: { author: string; now: number; newId: () => string },
): MonitoringUpdate[] {
  return [
    ...merge.added,
    ...merge.conflicts.map((c) =>
      settleConflict(c, choices.get(conflictKey(c)) ?? suggestedSide(c), {
        id: by.newId(),
        author: by.author,
        now: by.now,
      }),
    ),
  ];
}
