import { useTranslation } from 'react-i18next';
import {
  conflictKey,
  suggestedSide,
  type MonitoringConflict,
} from '../../domain/monitoring/merge-monitoring';
import type { MonitoringUpdate } from '../../domain/monitoring/monitoring';
import { formatDateTime, formatIsoDate, formatNumber } from '../../i18n/format';

interface Props {
  conflicts: MonitoringConflict[];
  /** The action's number and title, from the adopted plan. */
  actionLabel: (actionId: string) => string;
  choices: Map<string, 'local' | 'incoming'>;
  onChoose: (key: string, side: 'local' | 'incoming') => void;
}

/** Two reports on one action as of one day, side by side — status, progress, spending, reason, who and when. */
export function MonitoringConflicts({ conflicts, actionLabel, choices, onChoose }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const describe = (u: MonitoringUpdate) => (
    <>
      <strong>
        {t(`monitoring.status.${u.status}`)}, {formatNumber(u.progress, language)} %
      </strong>
      {u.spent !== undefined && <> · {formatNumber(u.spent, language)} EUR</>}
      {u.reason && <span className="muted"> · {u.reason}</span>}
      <br />
      <span className="muted">
        {t('exchange.byAt', { author: u.author || '—', date: formatDateTime(u.recordedAt, language) })}
      </span>
    </>
  );
  return (
    <table className="data-table conflicts">
      <caption>{t('monitoring.conflicts', { count: conflicts.length })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('monitoring.action')}</th>
          <th scope="col">{t('exchange.thisDevice')}</th>
          <th scope="col">{t('exchange.theFile')}</th>
        </tr>
      </thead>
      <tbody>
        {conflicts.map((c) => {
          const key = conflictKey(c);
          const chosen = choices.get(key) ?? suggestedSide(c);
          return (
            <tr key={key}>
              <th scope="row">
                {actionLabel(c.actionId)}
                <div className="muted">{t('monitoring.asOf', { date: formatIsoDate(c.asOf, language) })}</div>
              </th>
              {(['local', 'incoming'] as const).map((side) => (
                <td key={side} className={chosen === side ? 'chosen' : undefined}>
                  <label className="option">
                    <input
                      type="radio"
                      name={`monitoring-${key}`}
                      checked={chosen === side}
                      onChange={() => onChoose(key, side)}
                    />
                    <span>{describe(c[side])}</span>
                  </label>
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
