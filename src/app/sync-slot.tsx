import { lazy } from 'react';
import { loadSyncWords } from '../i18n/i18n';
import { useLive } from '../storage/store';
import { useStore } from '../ui/store-context';
import { paths } from './router';

// The sync status and the replication client are loaded only for an assessment that names a server.
const SyncBar = lazy(() =>
  Promise.all([import('../features/sync/sync-bar'), loadSyncWords()]).then(([m]) => ({ default: m.SyncBar })),
);

/** The sync status of the open assessment, on each of its screens, when it syncs. */
export function SyncSlot({ assessmentId }: { assessmentId: string }) {
  const store = useStore();
  const assessment = useLive(() => store.assessments.get(assessmentId), [store, assessmentId]);
  if (!assessment?.sync) return null;
  return <SyncBar assessment={assessment} syncHref={paths.sync(assessmentId)} />;
}
