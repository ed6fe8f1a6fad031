import type { TFunction } from 'i18next';
import type { SyncStatus } from '../../services/sync/sync-engine';
import { formatDateTime } from '../../i18n/format';

/** The server as people name it: its host. */
export const hostOf = (server: string): string => {
  try {
    return new URL(server).host;
  } catch {
    return server;
  }
};

/** One sentence for where sync stands, for the status bar and the sync screen. */
export function statusText(status: SyncStatus, t: TFunction, language: string): string {
  const host = hostOf(status.server);
  const time = (at: number | undefined) => (at === undefined ? '' : formatDateTime(at, language));
  const problem = status.problem;
  switch (status.phase) {
    case 'starting':
      return t('sync.status.starting', { host });
    case 'signedOut':
      return problem?.kind === 'signedOut'
        ? t('sync.status.sessionEnded', { host })
        : t('sync.status.signedOut', { host });
    case 'syncing':
      return status.waiting > 0
        ? t('sync.status.syncingWaiting', { host, count: status.waiting })
        : t('sync.status.syncing', { host });
    case 'synced':
      return t('sync.status.synced', { host, time: time(status.lastSynced) });
    case 'offline':
      return t('sync.status.offline', { host, time: time(status.offlineSince), count: status.waiting });
    case 'error':
      if (problem?.kind === 'notMember')
        return t('sync.status.notMember', { host, user: status.user ?? '', reason: problem.reason });
      if (problem?.kind === 'noDatabase')
        return t('sync.status.noDatabase', { host, database: status.database });
      return t('sync.status.error', { host, reason: problem?.reason ?? '' });
  }
}
