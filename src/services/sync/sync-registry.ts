import type { Assessment } from '../../domain/assessment/assessment';
import type { Store } from '../../storage/store';
import { startSync, type SyncEngine } from './sync-engine';

/**
 * The sync of the open assessment: one engine at a time, shared by every screen that shows it, and
 * stopped a moment after the last one lets go (so moving between screens of one assessment does not
 * restart it). Opening another assessment, or changing the server, starts anew.
 */
let current:
  { key: string; engine: SyncEngine; users: number; stopping?: ReturnType<typeof setTimeout> } | undefined;

const listeners = new Set<() => void>();
const changed = () => listeners.forEach((l) => l());

/** Calls back when the running engine changes (for useSyncExternalStore). */
export function subscribeSync(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The running engine of this assessment and server, if there is one. */
export function runningSync(assessmentId: string, server: string | undefined): SyncEngine | undefined {
  return server && current?.key === `${assessmentId}\n${server}` ? current.engine : undefined;
}

export function acquireSync(store: Store, assessment: Assessment, server: string): SyncEngine {
  const key = `${assessment.id}\n${server}`;
  if (current && current.key !== key) {
    void current.engine.stop();
    current = undefined;
    changed();
  }
  if (!current) {
    current = { key, engine: startSync(store, assessment, server), users: 0 };
    changed();
  }
  clearTimeout(current.stopping);
  current.users += 1;
  return current.engine;
}

export function releaseSync(engine: SyncEngine): void {
  const held = current;
  if (!held || held.engine !== engine) return;
  held.users -= 1;
  if (held.users > 0) return;
  held.stopping = setTimeout(() => {
    if (current !== held || held.users > 0) return;
    current = undefined;
    changed();
    void held.engine.stop();
  }, 1000);
}
