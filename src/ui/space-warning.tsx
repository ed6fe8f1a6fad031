import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { spaceGuard } from '../services/storage-guard';

/** Says, above every screen, when the disk is nearly full (see storage-guard.ts). */
export function SpaceWarning({ backupHref }: { backupHref: string }) {
  const { t } = useTranslation();
  const state = useSyncExternalStore(spaceGuard.subscribe, spaceGuard.get);
  if (state !== 'low' && state !== 'critical') return null;
  return (
    <p className="space-warning" role="alert" data-testid="space-warning" data-state={state}>
      {t(state === 'critical' ? 'storage.critical' : 'storage.low')}{' '}
      <a href={backupHref}>{t('storage.backupNow')}</a>
    </p>
  );
}
