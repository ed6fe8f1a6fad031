import { useTranslation } from 'react-i18next';
import type { ReviewEntry } from '../../domain/scoring/review';
import { formatDateTime } from '../../i18n/format';
import { describeReviewEntry, type EntryNames } from '../../i18n/review-entry-text';

/** Review decisions as text: who, when, what, why. */
export function LogList({
  entries,
  names,
  titleOf,
}: {
  entries: ReviewEntry[];
  names: EntryNames;
  titleOf?: (indicatorId: string) => string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <ol className="log" reversed>
      {[...entries].reverse().map((e) => (
        <li key={e.id}>
          <time dateTime={new Date(e.at).toISOString()}>
            {formatDateTime(e.at, i18n.resolvedLanguage ?? 'en')}
          </time>{' '}
          · <strong>{e.reviewer || '—'}</strong> ·{' '}
          {titleOf && 'indicatorId' in e ? `${titleOf(e.indicatorId)}: ` : ''}
          {describeReviewEntry(t, e, names)}
        </li>
      ))}
    </ol>
  );
}
