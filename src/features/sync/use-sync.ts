import { useEffect, useSyncExternalStore } from 'react';
import type { Assessment } from '../../domain/assessment/assessment';
import type { SyncEngine, SyncStatus } from '../../services/sync/sync-engine';
import { acquireSync, releaseSync, runningSync, subscribeSync } from '../../services/sync/sync-registry';
import { useStore } from '../../ui/store-context';

const idle = { subscribe: () => () => undefined, status: () => undefined };

/** The running sync of an assessment that names a server, and its status as it changes. */
export function useSync(assessment: Assessment): { engine: SyncEngine; status: SyncStatus } | undefined {
  const store = useStore();
  const server = assessment.sync?.server;
  useEffect(() => {
    if (!server) return;
    const started = acquireSync(store, assessment, server);
    return () => releaseSync(started);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the engine reads the stored assessment itself: only its id and server start a new one
  }, [store, assessment.id, server]);
  const engine = useSyncExternalStore(subscribeSync, () => runningSync(assessment.id, server));
  const source = engine ?? idle;
  const status = useSyncExternalStore(source.subscribe, source.status);
  return engine && status ? { engine, status } : undefined;
}
