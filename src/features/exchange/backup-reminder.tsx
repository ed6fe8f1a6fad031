import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { backupDue } from '../../domain/exchange/backup-reminder';
import { useStore } from '../../ui/store-context';
import { useLive } from '../../storage/store';
import { formatDate } from '../../i18n/format';

/** Shown when a week or more of work is not in any backup. */
export function BackupReminder({ settingsHref }: { settingsHref: string }) {
  const { t, i18n } = useTranslation();
  const store = useStore();
  const [now] = useState(() => Date.now());
  const listed = useLive(() => store.assessments.list(), [store]);
  const settings = useLive(() => store.settings.get(), [store]);
  if (!listed || !settings) return null;
  const due = backupDue(
    listed.assessments.map((a) => a.updatedAt),
    listed.assessments.map((a) => a.createdAt),
    settings.lastBackupAt,
    now,
  );
  if (due === undefined) return null;
  return (
    <p className="reminder" role="note">
      {settings.lastBackupAt
        ? t('exchange.reminder', { date: formatDate(due, i18n.resolvedLanguage ?? 'en') })
        : t('exchange.reminderNever')}{' '}
      <a href={settingsHref}>{t('exchange.reminderLink')}</a>
    </p>
  );
}
