import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/assessment';
import { statusText } from './sync-words';
import { useSync } from './use-sync';

/**
 * Where the sync of the open assessment stands, on each of its screens: synced, syncing N changes,
 * offline since when, or what stops it; with the conflicts and refused documents waiting on the
 * sync screen. Shown only for an assessment that names a server.
 */
export function SyncBar({ assessment, syncHref }: { assessment: Assessment; syncHref: string }) {
  const { t, i18n } = useTranslation();
  const sync = useSync(assessment);
  if (!sync) return null;
  const { status } = sync;
  const attention =
    status.phase === 'signedOut' ||
    status.phase === 'error' ||
    status.conflicts.length > 0 ||
    status.refused.length > 0;
  return (
    <div className={`sync-bar sync-${status.phase}${attention ? ' attention' : ''}`}>
      <p role="status" data-testid="sync-status" data-phase={status.phase}>
        {statusText(status, t, i18n.resolvedLanguage ?? 'en')}
      </p>
      {status.conflicts.length > 0 && (
        <p data-testid="sync-conflicts">
          {t('sync.bar.conflicts', { count: new Set(status.conflicts.map((c) => c.id)).size })}
        </p>
      )}
      {status.refused.length > 0 && (
        <p data-testid="sync-refused">{t('sync.bar.refused', { count: status.refused.length })}</p>
      )}
      <a href={syncHref}>
        {status.phase === 'signedOut'
          ? t('sync.bar.signIn')
          : attention
            ? t('sync.bar.resolve')
            : t('sync.bar.open')}
      </a>
    </div>
  );
}
