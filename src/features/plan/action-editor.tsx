import { memo, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agency } from '../../domain/assessment/assessment';
import type { PlanAction } from '../../domain/plan/build-plan';
import {
  ACTION_STATUSES,
  ACTION_TEXT_FIELDS,
  FUNDING_SOURCES,
  type ActionEdit,
} from '../../domain/plan/plan-edits';
import { ACTION_TYPES, COST_BANDS } from '../../domain/questionnaire/vocabulary';
import { MonthField } from '../../ui/month-field';
import { AgencySelect } from './agency-select';

const Month = memo(MonthField);

interface Props {
  action: PlanAction;
  roster: Agency[];
  onSave: (edit: ActionEdit) => Promise<void>;
  onCancel: () => void;
}

/** Edit every field of an action; dropping one needs a reason. */
export function ActionEditor({ action, roster, onSave, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<ActionEdit>({
    title: action.title,
    objective: action.objective,
    description: action.description,
    type: action.type,
    leadAgencyId: action.leadAgencyId,
    supportAgencyIds: action.supportAgencyIds,
    start: action.start,
    end: action.end,
    achievement: action.achievement,
    costBand: action.costBand,
    status: action.status,
    dropReason: action.dropReason,
    fundingSource: action.fundingSource,
  });
  const [problem, setProblem] = useState<string>();
  const set = useCallback((patch: Partial<ActionEdit>) => setDraft((d) => ({ ...d, ...patch })), []);
  // Typing in a text field leaves the month fields as they are (each draws its month names anew).
  const setStart = useCallback((start: string) => set({ start }), [set]);
  const setEnd = useCallback((end: string) => set({ end }), [set]);
  const submit = async () => {
    if (!draft.title?.trim()) return setProblem(t('plan.titleRequired'));
    if (draft.status === 'dropped' && !draft.dropReason?.trim())
      return setProblem(t('plan.dropReasonRequired'));
    if (draft.start && draft.end && draft.end < draft.start) return setProblem(t('plan.endBeforeStart'));
    const changed = Object.fromEntries(
      Object.entries(draft).filter(
        ([k, v]) =>
          JSON.stringify(v) !== JSON.stringify((action as unknown as Record<string, unknown>)[k]) &&
          !(v === '' && (action as unknown as Record<string, unknown>)[k] === undefined),
      ),
    ) as ActionEdit;
    if (changed.status !== undefined && changed.status !== 'dropped') changed.dropReason = undefined;
    // Each text written here is in the language of the screen: the other language's document marks it.
    const lang = i18n.resolvedLanguage ?? 'en';
    const texts = ACTION_TEXT_FIELDS.filter((f) => typeof changed[f] === 'string' && changed[f] !== '');
    if (texts.length)
      changed.written = { ...action.written, ...Object.fromEntries(texts.map((f) => [f, lang])) };
    await onSave(changed);
  };
  return (
    <div className="action-editor" role="group" aria-label={t('plan.editAction', { title: action.title })}>
      <label>
        {t('plan.field.title')}
        <input type="text" value={draft.title ?? ''} onChange={(e) => set({ title: e.target.value })} />
      </label>
      <label>
        {t('plan.field.objective')}
        <input
          type="text"
          value={draft.objective ?? ''}
          placeholder={t('plan.objectivePlaceholder')}
          onChange={(e) => set({ objective: e.target.value || undefined })}
        />
      </label>
      <label>
        {t('plan.field.description')}
        <textarea
          rows={3}
          value={draft.description ?? ''}
          onChange={(e) => set({ description: e.target.value })}
        />
      </label>
      <div className="editor-grid">
        <label>
          {t('plan.field.type')}
          <select value={draft.type} onChange={(e) => set({ type: e.target.value as ActionEdit['type'] })}>
            {ACTION_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`report.type.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <AgencySelect
          label={t('plan.field.lead')}
          value={draft.leadAgencyId ?? null}
          roster={roster}
          onChange={(leadAgencyId) => set({ leadAgencyId })}
        />
        <Month label={t('plan.field.start')} value={draft.start ?? ''} onChange={setStart} />
        <Month label={t('plan.field.end')} value={draft.end ?? ''} onChange={setEnd} />
        <label>
          {t('plan.field.cost')}
          <select
            value={draft.costBand}
            onChange={(e) => set({ costBand: e.target.value as ActionEdit['costBand'] })}
          >
            {COST_BANDS.map((band) => (
              <option key={band} value={band}>
                {t(`report.cost.${band}`)} EUR
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('plan.field.funding')}
          <select
            value={draft.fundingSource ?? ''}
            onChange={(e) =>
              set({ fundingSource: (e.target.value || undefined) as ActionEdit['fundingSource'] })
            }
          >
            <option value="">{t('plan.funding.unset')}</option>
            {FUNDING_SOURCES.map((source) => (
              <option key={source} value={source}>
                {t(`plan.funding.${source}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('plan.field.status')}
          <select
            value={draft.status}
            onChange={(e) => set({ status: e.target.value as ActionEdit['status'] })}
          >
            {ACTION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`report.status.${status}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {draft.status === 'dropped' && (
        <label>
          {t('plan.field.dropReason')}
          <input
            type="text"
            value={draft.dropReason ?? ''}
            onChange={(e) => set({ dropReason: e.target.value })}
          />
        </label>
      )}
      <fieldset>
        <legend>{t('plan.field.support')}</legend>
        <div className="options inline">
          {roster.map((a) => (
            <label key={a.id} className="option">
              <input
                type="checkbox"
                checked={draft.supportAgencyIds?.includes(a.id) ?? false}
                onChange={(e) =>
                  set({
                    supportAgencyIds: e.target.checked
                      ? [...(draft.supportAgencyIds ?? []), a.id]
                      : (draft.supportAgencyIds ?? []).filter((x) => x !== a.id),
                  })
                }
              />{' '}
              {a.acronym || a.name}
            </label>
          ))}
        </div>
      </fieldset>
      <label>
        {t('plan.field.achievement')}
        <input
          type="text"
          value={draft.achievement ?? ''}
          onChange={(e) => set({ achievement: e.target.value })}
        />
      </label>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => void submit()}>
          {t('common.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
