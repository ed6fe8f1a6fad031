import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/assessment';
import type { PlanAction } from '../../domain/plan/build-plan';
import { AssessmentGate } from '../../ui/assessment-gate';
import { objectiveText } from '../../report/plan-text';
import { useText } from '../../ui/use-text';
import type { AvailableQuestionnaire } from '../../services/questionnaire-registry';
import { MonthField } from '../../ui/month-field';
import { ActionEditor } from './action-editor';
import { AddActionForm } from './add-action-form';
import { AdoptPanel } from './adopt-panel';
import { ExportPanel } from './export-panel';
import { usePlanData } from './use-plan-data';
import { formatQuarter } from '../../i18n/format';
import { countryName } from '../../i18n/countries';
import { StructureEditor } from './structure-editor';
import { agencyLabel } from './agency-select';
import { ScreenHelp } from '../../ui/screen-help';

export interface PlanLinks {
  review: string;
  fill: string;
  monitor: string;
}

export function PlanPage({ assessmentId, links }: { assessmentId: string; links: PlanLinks }) {
  return (
    <AssessmentGate assessmentId={assessmentId}>
      {(assessment, available) => <Plan assessment={assessment} available={available} links={links} />}
    </AssessmentGate>
  );
}

function Plan({
  assessment,
  available,
  links,
}: {
  assessment: Assessment;
  available: AvailableQuestionnaire;
  links: PlanLinks;
}) {
  const { t, i18n } = useTranslation();
  const { computed: data, error, save } = usePlanData(assessment, available, i18n.resolvedLanguage ?? 'en');
  const [editing, setEditing] = useState<string>();
  const text = useText(available.questionnaire.defaultLanguage);
  if (error) return <p role="alert">{t('storage.cannotOpen')}</p>;
  if (!data) return <p role="status">{t('common.loading')}</p>;
  const { plan, edits } = data;
  const agency = (id: string | null) => agencyLabel(assessment.roster, id, t('report.matrix.unassigned'));
  const objective = (a: PlanAction) => objectiveText(t, a, i18n.resolvedLanguage ?? 'en');
  const live = plan.areas.flatMap((a) => a.actions).filter((a) => a.status !== 'dropped');
  const move = (areaId: string, ids: string[], from: number, to: number) =>
    save((e) => {
      const order = [...ids];
      const [id] = order.splice(from, 1);
      order.splice(to, 0, id!);
      return { ...e, order: { ...e.order, [areaId]: order } };
    });
  const titleOf = (id: string) => available.questionnaire.actions.find((a) => a.id === id);

  return (
    <section aria-labelledby="plan-heading" className="plan">
      <div className="fill-header">
        <div>
          <h2 id="plan-heading">{t('plan.heading', { title: assessment.title })}</h2>
          <ScreenHelp screen="plan" />
          <p className="muted">
            <a href={links.fill}>{t('review.backToAnswers')}</a> ·{' '}
            <a href={links.review}>{t('fill.review')}</a> ·{' '}
            {t('plan.summary', {
              count: live.length,
              start: formatQuarter(plan.startMonth, i18n.resolvedLanguage ?? 'en'),
              end: formatQuarter(plan.endMonth, i18n.resolvedLanguage ?? 'en'),
            })}
          </p>
        </div>
        <MonthField
          label={t('plan.startMonth')}
          value={edits.startMonth}
          onChange={(startMonth) => void save((x) => ({ ...x, startMonth }))}
        />
      </div>
      <AdoptPanel assessment={assessment} data={data} monitorHref={links.monitor} />
      <ExportPanel
        assessment={assessment}
        available={available}
        records={data.records}
        log={data.log}
        edits={edits}
      />
      <StructureEditor
        structure={data.structure}
        edits={edits}
        roster={assessment.roster}
        countryName={countryName(assessment.country, i18n.resolvedLanguage ?? 'en')}
        endMonth={plan.endMonth}
        indicatorCode={(id) => available.index.byId.get(id)?.question.code ?? id}
        save={save}
      />
      {(plan.changes.add.length > 0 || plan.changes.remove.length > 0) && (
        <div className="changes" role="status">
          <p>
            <strong>{t('plan.changesHeading')}</strong>{' '}
            {t('plan.changes', { add: plan.changes.add.length, remove: plan.changes.remove.length })}
          </p>
          <ul>
            {plan.changes.add.map((id) => (
              <li key={id}>
                + {titleOf(id) ? t('plan.changeAdd', { title: text(titleOf(id)!.title) }) : id}
              </li>
            ))}
            {plan.changes.remove.map((id) => (
              <li key={id}>
                − {titleOf(id) ? t('plan.changeRemove', { title: text(titleOf(id)!.title) }) : id}
              </li>
            ))}
          </ul>
          <button
            type="button"
            className="primary"
            onClick={() => void save((e) => ({ ...e, accepted: data.recommended }))}
          >
            {t('plan.acceptChanges')}
          </button>
        </div>
      )}
      {plan.areas.map((area) => {
        const ids = area.actions.map((a) => a.id);
        return (
          <section key={area.areaId} aria-labelledby={`plan-${area.areaId}`}>
            <h3 id={`plan-${area.areaId}`}>
              <span className="code">{area.code}</span> {area.title}
            </h3>
            <ol className="plan-actions">
              {area.actions.map((a, i) => (
                <li key={a.id} className={`plan-action status-${a.status}`} data-testid="plan-action">
                  <div className="plan-action-head">
                    <div>
                      <span className={`tier-badge tier-${a.tier}`}>{t(`tier.${a.tier}`)}</span>{' '}
                      {a.number && <span className="code">{a.number}</span>} <strong>{a.title}</strong>
                      {a.priority && (
                        <span className="tag tag-priority" title={t('plan.priorityHint')}>
                          ★ {t('plan.priority')}
                        </span>
                      )}
                      {a.source === 'custom' && <span className="tag">{t('plan.custom')}</span>}
                      {a.edited.length > 0 && <span className="tag">{t('plan.edited')}</span>}
                      <p className="muted">
                        {objective(a)} · {t(`report.type.${a.type}`)} ·{' '}
                        {t('plan.leadBy', { agency: agency(a.leadAgencyId) })} ·{' '}
                        {formatQuarter(a.start, i18n.resolvedLanguage ?? 'en')}–
                        {formatQuarter(a.end, i18n.resolvedLanguage ?? 'en')} ·{' '}
                        {t(`report.cost.${a.costBand}`)} EUR · {t(`report.status.${a.status}`)}
                        {a.dropReason ? `: ${a.dropReason}` : ''}
                        {a.beyondHorizon && <span className="warning"> {t('report.matrix.beyond')}</span>}
                      </p>
                    </div>
                    <div className="card-actions">
                      <button
                        type="button"
                        aria-label={t('plan.moveUp', { title: a.title })}
                        disabled={i === 0}
                        onClick={() => void move(area.areaId, ids, i, i - 1)}
                      >
                        ↑
                      </button>
                      <button
                        type="button"
                        aria-label={t('plan.moveDown', { title: a.title })}
                        disabled={i === ids.length - 1}
                        onClick={() => void move(area.areaId, ids, i, i + 1)}
                      >
                        ↓
                      </button>
                      <button
                        type="button"
                        aria-expanded={editing === a.id}
                        onClick={() => setEditing(editing === a.id ? undefined : a.id)}
                      >
                        {t('plan.edit')}
                      </button>
                    </div>
                  </div>
                  {editing === a.id && (
                    <ActionEditor
                      action={a}
                      roster={assessment.roster}
                      onCancel={() => setEditing(undefined)}
                      onSave={async (edit) => {
                        await save((e) => ({
                          ...e,
                          edits: { ...e.edits, [a.id]: { ...e.edits[a.id], ...edit } },
                        }));
                        setEditing(undefined);
                      }}
                    />
                  )}
                </li>
              ))}
            </ol>
            <AddActionForm
              areaId={area.areaId}
              startMonth={plan.startMonth}
              onAdd={(c) => save((e) => ({ ...e, custom: [...e.custom, c] }))}
            />
          </section>
        );
      })}
    </section>
  );
}
