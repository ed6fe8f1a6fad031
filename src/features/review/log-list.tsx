import { useTranslation } from 'react-i18next';
import type { ReviewEntry } from '../../domain/scoring/review';
import { formatDateTime } from '../../i18n/format';

/** Review decisions as text: who, when, what, why. */
export function LogList({
  entries,
  titleOf,
}: {
  entries: ReviewEntry[];
  titleOf?: (indicatorId: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const what = (e: ReviewEntry): string => {
    switch (e.kind) {
      case 'tier':
        return t('review.log.tier', {
          from: e.from ? t(`tier.${e.from}`) : t('review.computed'),
          to: e.to ? t(`tier.${e.to}`) : t('review.computed'),
          reason: e.reason,
        });
      case 'target':
        return t('review.log.target', {
          from: e.from ?? t('review.computed'),
          to: e.to ?? t('review.computed'),
          reason: e.reason,
        });
      case 'comment':
        return t('review.log.comment', { text: e.text });
      case 'accept':
        return t('review.log.accept');
      case 'reviewed':
        return t(e.reviewed ? 'review.log.reviewed' : 'review.log.unreviewed');
      case 'state':
        return t('review.log.state', { from: t(`reviewState.${e.from}`), to: t(`reviewState.${e.to}`) });
      case 'config':
        return t('review.log.config', { reason: e.reason });
    }
  };
  return (
    <ol className="log" reversed>
      {[...entries].reverse().map((e) => (
        <li key={e.id}>
          <time dateTime={new Date(e.at).toISOString()}>
            {formatDateTime(e.at, i18n.resolvedLanguage ?? 'en')}
          </time>{' '}
          · <strong>{e.reviewer || '—'}</strong> ·{' '}
          {titleOf && 'indicatorId' in e ? `${titleOf(e.indicatorId)}: ` : ''}
          {what(e)}
        </li>
      ))}
    </ol>
  );
}
