import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaEffort } from '../../domain/scoring/prioritise';
import { formatNumber } from '../../i18n/format';
import type { NewEntry } from './decision-form';
import { PickField, ReasonField, steps } from './form-fields';

/**
 * Targets per area and what they cost: the panel sets an area's target level (a reason is
 * required), and sees beside it the actions and the cost range its indicators' gaps call for.
 */
export function AreaTargets({
  areas,
  title,
  horizon,
  onDecide,
}: {
  areas: AreaEffort[];
  title: (areaId: string) => string;
  horizon: 1 | 5;
  onDecide: (entry: NewEntry) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatNumber(v / 1_000_000, i18n.resolvedLanguage ?? 'en', 2);
  const [areaId, setAreaId] = useState(areas[0]?.areaId ?? '');
  const [level, setLevel] = useState('');
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string>();
  const submit = async () => {
    setProblem(undefined);
    if (!reason.trim()) return setProblem(t('review.reasonRequired'));
    const area = areas.find((a) => a.areaId === areaId);
    await onDecide({
      kind: 'areaTarget',
      areaId,
      from: area?.target?.value ?? null,
      to: level === '' ? null : Number(level),
      reason: reason.trim(),
    });
    setReason('');
  };
  return (
    <section aria-labelledby="area-targets-heading" className="area-targets">
      <h3 id="area-targets-heading">{t('review.areaTargetsHeading')}</h3>
      <p className="muted">
        {t(horizon === 5 ? 'review.areaTargetsDefault5' : 'review.areaTargetsDefault1')}
      </p>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('review.area')}</th>
            <th scope="col">{t('review.areaTarget')}</th>
            <th scope="col">{t('review.areaIndicators')}</th>
            <th scope="col">{t('review.areaActions')}</th>
            <th scope="col">{t('review.areaCost')}</th>
          </tr>
        </thead>
        <tbody>
          {areas
            .filter((a) => a.indicators > 0 || a.target)
            .map((a) => (
              <tr key={a.areaId} data-testid="area-effort">
                <th scope="row">{title(a.areaId)}</th>
                <td>
                  {a.target ? (
                    <span title={a.target.reason}>
                      {a.target.value}{' '}
                      <span className="override">
                        {t('review.areaTargetSet', { reviewer: a.target.reviewer || '—' })}
                      </span>
                    </span>
                  ) : (
                    t('review.byHorizon')
                  )}
                </td>
                <td>{a.indicators}</td>
                <td>{t('review.areaActionsText', { count: a.actions, high: a.high })}</td>
                <td>
                  {a.costHigh === undefined
                    ? t('review.costFrom', { low: n(a.costLow) })
                    : t('review.costRange', { low: n(a.costLow), high: n(a.costHigh) })}
                </td>
              </tr>
            ))}
        </tbody>
      </table>
      <form
        className="rerate-form"
        aria-label={t('review.areaTargetSetForm')}
        onSubmit={(ev) => {
          ev.preventDefault();
          void submit();
        }}
        noValidate
      >
        <PickField
          label={t('review.area')}
          value={areaId}
          options={areas.map((a) => ({ value: a.areaId, label: title(a.areaId) }))}
          onChange={setAreaId}
        />
        <PickField
          label={t('review.areaTarget')}
          value={level}
          options={[
            { value: '', label: t('review.byHorizon') },
            ...steps(2, 5).map((o) => ({ ...o, value: String(o.value) })),
          ]}
          onChange={setLevel}
        />
        <ReasonField value={reason} onChange={setReason} problem={problem} />
        <button type="submit">{t('review.areaTargetSetForm')}</button>
      </form>
    </section>
  );
}
