import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriorityRow } from '../../domain/scoring/prioritise';
import { DecisionForm, type NewEntry } from './decision-form';
import { ExplanationPanel } from './explanation-panel';
import { formatNumber } from '../../i18n/format';
import type { ReviewData } from './use-review-data';
import type { EntryNames } from '../../i18n/review-entry-text';

interface Props {
  rows: PriorityRow[];
  data: ReviewData;
  titleOf: (id: string) => { code: string; title: string; area: string; level: (n: number) => string };
  names: EntryNames;
  onDecide: (entry: NewEntry) => Promise<void>;
}

/** The ranked indicators; each row opens to its explanation, the answer behind it and the decisions. */
export function PriorityList({ rows, data, titleOf, names, onDecide }: Props) {
  const stabilityOf = new Map(data.sensitivity.map((s) => [s.questionId, s]));
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState<string>();
  // A decision can move its row far down (or up) the list: say where it went, and stay where the
  // reviewer was, so the next row to review is in front of them.
  const [moved, setMoved] = useState<{ id: string; from: number }>();
  const rankOf = (id: string) => data.priorities.ranked.findIndex((r) => r.questionId === id) + 1;
  const decide: Props['onDecide'] = async (entry) => {
    const id = 'indicatorId' in entry ? entry.indicatorId : undefined;
    const from = id ? rankOf(id) : 0;
    await onDecide(entry);
    if (id) setMoved({ id, from });
  };
  const to = moved && rankOf(moved.id);
  const notice = moved && to !== undefined && to !== moved.from && (
    <p className="moved-notice" role="status">
      {t('review.moved', {
        indicator: titleOf(moved.id).code || titleOf(moved.id).title,
        from: moved.from,
        to,
      })}{' '}
      <button
        type="button"
        className="link-button"
        onClick={() => {
          setOpen(moved.id);
          document.getElementById(`row-${moved.id}`)?.scrollIntoView({ block: 'center' });
        }}
      >
        {t('review.showMoved')}
      </button>
    </p>
  );
  if (rows.length === 0) return <p className="empty">{t('review.noRows')}</p>;
  return (
    <>
      {notice}
      <table className="priorities">
        <caption className="visually-hidden">{t('review.rankedCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('review.indicator')}</th>
            <th scope="col">{t('review.currentTarget')}</th>
            <th scope="col">{t('review.factor.risk')}</th>
            <th scope="col">{t('review.factor.score')}</th>
            <th scope="col">{t('review.tier')}</th>
            <th scope="col">{t('review.stabilityCol')}</th>
            <th scope="col">{t('review.reviewedCol')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const info = titleOf(row.questionId);
            const expanded = open === row.questionId;
            const e = row.explanation;
            const stability = stabilityOf.get(row.questionId);
            return (
              <Fragment key={row.questionId}>
                <tr
                  id={`row-${row.questionId}`}
                  className={`tier-row tier-${row.tier}`}
                  data-testid="priority-row"
                >
                  <td>{i + 1}</td>
                  <th scope="row">
                    <button
                      type="button"
                      className="link-button row-toggle"
                      aria-expanded={expanded}
                      onClick={() => setOpen(expanded ? undefined : row.questionId)}
                    >
                      <span className="code">{info.code}</span> {info.title}
                    </button>
                    <span className="muted"> · {info.area}</span>
                  </th>
                  <td>
                    {e.current} → {e.target}
                    {row.targetOverride && (
                      <span className="override-mark" title={t('review.overridden')}>
                        *
                      </span>
                    )}
                  </td>
                  <td>
                    {formatNumber(e.risk.value, i18n.resolvedLanguage ?? 'en')}
                    {e.risk.source === 'notAssessed' && (
                      <span className="muted"> {t('review.riskNotAssessedShort')}</span>
                    )}
                    {e.risk.source === 'fallback' && (
                      <span className="muted" title={t('review.riskSource.fallback')}>
                        {' '}
                        ({t('review.fallbackShort')})
                      </span>
                    )}
                  </td>
                  <td>{formatNumber(e.score, i18n.resolvedLanguage ?? 'en')}</td>
                  <td>
                    <span className={`tier-badge tier-${row.tier}`}>{t(`tier.${row.tier}`)}</span>
                    {row.tierOverride && (
                      <span className="muted">
                        {' '}
                        ({t('review.computedWas', { tier: t(`tier.${e.computedTier}`) })})
                      </span>
                    )}
                  </td>
                  <td data-testid="stability-cell">
                    {stability && (
                      <>
                        {stability.best === stability.worst
                          ? stability.rank
                          : t('review.rankRange', { best: stability.best, worst: stability.worst })}
                        {stability.tierChanges && (
                          <span className="sensitive" title={t('review.tierSensitive')}>
                            {' '}
                            ⚠ <span className="visually-hidden">{t('review.tierSensitive')}</span>
                          </span>
                        )}
                      </>
                    )}
                  </td>
                  <td>{row.reviewed ? '✓' : ''}</td>
                </tr>
                {expanded && (
                  <tr className="detail-row">
                    <td colSpan={8}>
                      <ExplanationPanel
                        row={row}
                        answer={data.records.get(row.questionId)}
                        levelText={info.level(e.current)}
                        names={names}
                        codeOf={(id) => titleOf(id).code || titleOf(id).title}
                        scenarios={data.priorities.scenarios}
                        stability={stability}
                        entries={data.review.byIndicator.get(row.questionId) ?? []}
                        onDecide={decide}
                      />
                      <DecisionForm row={row} onDecide={decide} />
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
