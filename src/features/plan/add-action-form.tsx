import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustomAction } from '../../domain/plan/plan-edits';
import { ACTION_TYPES, COST_BANDS } from '../../domain/questionnaire/vocabulary';
import { TIERS } from '../../domain/scoring/config';
import { MonthField } from '../../ui/month-field';

/** A new action of the user's own in an area. */
export function AddActionForm({
  areaId,
  startMonth,
  onAdd,
}: {
  areaId: string;
  startMonth: string;
  onAdd: (action: CustomAction) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [type, setType] = useState<CustomAction['type']>('program-implementation');
  const [tier, setTier] = useState<CustomAction['tier']>('medium');
  const [costBand, setCostBand] = useState<CustomAction['costBand']>('lt-50k');
  const [start, setStart] = useState(startMonth);
  const [end, setEnd] = useState(startMonth);
  const [problem, setProblem] = useState<string>();
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('plan.addAction')}
      </button>
    );
  const add = async () => {
    if (!title.trim()) return setProblem(t('plan.titleRequired'));
    if (end < start) return setProblem(t('plan.endBeforeStart'));
    await onAdd({
      id: `custom-${crypto.randomUUID()}`,
      areaId,
      title: title.trim(),
      description: '',
      type,
      tier,
      leadAgencyId: null,
      supportAgencyIds: [],
      start,
      end,
      achievement: '',
      costBand,
      status: 'proposed',
    });
    setOpen(false);
    setTitle('');
  };
  return (
    <div className="action-editor" role="group" aria-label={t('plan.addAction')}>
      <label>
        {t('plan.field.title')}
        <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
      </label>
      <div className="editor-grid">
        <label>
          {t('plan.field.type')}
          <select value={type} onChange={(e) => setType(e.target.value as CustomAction['type'])}>
            {ACTION_TYPES.map((x) => (
              <option key={x} value={x}>
                {t(`report.type.${x}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('review.tier')}
          <select value={tier} onChange={(e) => setTier(e.target.value as CustomAction['tier'])}>
            {TIERS.map((x) => (
              <option key={x} value={x}>
                {t(`tier.${x}`)}
              </option>
            ))}
          </select>
        </label>
        <MonthField label={t('plan.field.start')} value={start} onChange={setStart} />
        <MonthField label={t('plan.field.end')} value={end} onChange={setEnd} />
        <label>
          {t('plan.field.cost')}
          <select value={costBand} onChange={(e) => setCostBand(e.target.value as CustomAction['costBand'])}>
            {COST_BANDS.map((x) => (
              <option key={x} value={x}>
                {t(`report.cost.${x}`)} EUR
              </option>
            ))}
          </select>
        </label>
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => void add()}>
          {t('plan.add')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
