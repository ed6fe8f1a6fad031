import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { spaceGuard } from '../services/storage-guard';

/** Says, above every screen, when the disk is nearly or entirely full (see storage-guard.ts). */
export function SpaceWarning({ backupHref }: { backupHref: string }) {
  const { t } = useTranslation();
  const state = useSyncExternalStore(spaceGuard.subscribe, spaceGuard.get);
  const [looked, setLooked] = useState(false);
  if (state !== 'low' && state !== 'critical') return null;
  return (
    <div className="space-warning" role="alert" data-testid="space-warning" data-state={state}>
      <p>
        {t(state === 'critical' ? 'storage.critical' : 'storage.low')}{' '}
        <a href={backupHref}>{t('storage.backupNow')}</a>
      </p>
      {state === 'critical' && (
        <p>
          <button type="button" onClick={() => void spaceGuard.check(true).then(() => setLooked(true))}>
            {t('storage.freed')}
          </button>{' '}
          {looked && <span className="muted">{t('storage.stillFull')}</span>}
        </p>
      )}
    </div>
  );
}
