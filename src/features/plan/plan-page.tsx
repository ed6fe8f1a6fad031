import { memo, useCallback, useMemo, useState, type CSSProperties } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Agency, Assessment } from '../../domain/assessment/assessment';
import type { PlanAction, PlanArea } from '../../domain/plan/build-plan';
import { ACTION_STATUSES, type CustomAction, type PlanEdits } from '../../domain/plan/plan-edits';
import { ACTION_TYPES, COST_BANDS } from '../../domain/questionnaire/vocabulary';
import { TIERS } from '../../domain/scoring/config';
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

/** The panels above the list do not depend on which action is open: opening one leaves them as they are. */
const Adopt = memo(AdoptPanel);
const Export = memo(ExportPanel);
const Structure = memo(StructureEditor);

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
  const language = i18n.resolvedLanguage ?? 'en';
  // Handlers the rows share stay the same while only `editing` changes, so a click redraws two rows, not all.
  const toggle = useCallback((id: string) => setEditing((open) => (open === id ? undefined : id)), []);
  const close = useCallback(() => setEditing(undefined), []);
  const add = useCallback(
    (action: CustomAction) => save((e) => ({ ...e, custom: [...e.custom, action] })),
    [save],
  );
  const words = useMemo(() => rowWords(t), [t]);
  const indicatorCode = useCallback(
    (id: string) => available.index.byId.get(id)?.question.code ?? id,
    [available],
  );
  const areas = data?.plan.areas;
  const move = useCallback(
    (areaId: string, from: number, to: number) =>
      save((e) => {
        const order = (areas?.find((a) => a.areaId === areaId)?.actions ?? []).map((a) => a.id);
        const [id] = order.splice(from, 1);
        order.splice(to, 0, id!);
        return { ...e, order: { ...e.order, [areaId]: order } };
      }),
    [save, areas],
  );
  if (error) return <p role="alert">{t('storage.cannotOpen')}</p>;
  if (!data) return <p role="status">{t('common.loading')}</p>;
  const { plan, edits } = data;
  const live = plan.areas.flatMap((a) => a.actions).filter((a) => a.status !== 'dropped');
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
      <Adopt assessment={assessment} data={data} monitorHref={links.monitor} />
      <Export
        assessment={assessment}
        available={available}
        records={data.records}
        log={data.log}
        edits={edits}
      />
      <Structure
        structure={data.structure}
        edits={edits}
        roster={assessment.roster}
        countryName={countryName(assessment.country, i18n.resolvedLanguage ?? 'en')}
        endMonth={plan.endMonth}
        indicatorCode={indicatorCode}
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
      {plan.areas.map((area) => (
        <AreaActions
          key={area.areaId}
          area={area}
          // Only the area holding the action being edited is drawn again when that changes.
          editing={area.actions.some((a) => a.id === editing) ? editing : undefined}
          startMonth={plan.startMonth}
          roster={assessment.roster}
          t={t}
          words={words}
          language={language}
          onToggle={toggle}
          onMove={move}
          onClose={close}
          onAdd={add}
          save={save}
        />
      ))}
    </section>
  );
}

/** One area of the plan: its actions, in order, and its form for adding one. */
const AreaActions = memo(function AreaActions({
  area,
  editing,
  startMonth,
  onAdd,
  ...row
}: Omit<RowProps, 'action' | 'areaId' | 'index' | 'last' | 'editing'> & {
  area: PlanArea;
  /** Its action being edited, if one is. */
  editing: string | undefined;
  startMonth: string;
  onAdd: (action: CustomAction) => Promise<void>;
}) {
  return (
    <section aria-labelledby={`plan-${area.areaId}`} style={offScreen(area.actions.length)}>
      <h3 id={`plan-${area.areaId}`}>
        <span className="code">{area.code}</span> {area.title}
      </h3>
      <ol className="plan-actions">
        {area.actions.map((a, i) => (
          <PlanActionRow
            key={a.id}
            {...row}
            action={a}
            areaId={area.areaId}
            index={i}
            last={i === area.actions.length - 1}
            editing={editing === a.id}
          />
        ))}
      </ol>
      <AddActionForm areaId={area.areaId} startMonth={startMonth} onAdd={onAdd} />
    </section>
  );
});

/**
 * A plan may hold a thousand actions: only the areas near the screen are laid out, painted and
 * hit-tested. Per area, not per action: the browser follows each such element with an intersection
 * observer, and a thousand of them cost more on every click than they saved. Until an area has been
 * drawn once its height is taken as its heading, its add form and its rows (most are one line of title
 * and one of details, about 4.7rem with the space between them).
 */
const offScreen = (actions: number): CSSProperties => ({
  contentVisibility: 'auto',
  containIntrinsicSize: `auto ${(8 + actions * 4.7).toFixed(1)}rem`,
});

type RowWords = ReturnType<typeof rowWords>;

/** The fixed words of a row, looked up once per language instead of a dozen times per action. */
function rowWords(t: TFunction) {
  const each = <K extends string>(keys: readonly K[], prefix: string) =>
    Object.fromEntries(keys.map((k) => [k, t(`${prefix}.${k}`)])) as Record<K, string>;
  return {
    tier: each(TIERS, 'tier'),
    type: each(ACTION_TYPES, 'report.type'),
    cost: each(COST_BANDS, 'report.cost'),
    status: each(ACTION_STATUSES, 'report.status'),
    priority: t('plan.priority'),
    priorityHint: t('plan.priorityHint'),
    custom: t('plan.custom'),
    edited: t('plan.edited'),
    unassigned: t('report.matrix.unassigned'),
    beyond: t('report.matrix.beyond'),
    edit: t('plan.edit'),
  };
}

interface RowProps {
  action: PlanAction;
  areaId: string;
  /** Its place in its area's list, and whether it is the last there. */
  index: number;
  last: boolean;
  editing: boolean;
  roster: Agency[];
  t: TFunction;
  words: RowWords;
  language: string;
  onToggle: (id: string) => void;
  onMove: (areaId: string, from: number, to: number) => Promise<void>;
  onClose: () => void;
  save: (change: (edits: PlanEdits) => PlanEdits) => Promise<void>;
}

/** One action of the plan, with its editor when open; drawn again only when its own props change. */
const PlanActionRow = memo(function PlanActionRow({
  action: a,
  areaId,
  index: i,
  last,
  editing,
  roster,
  t,
  words,
  language,
  onToggle,
  onMove,
  onClose,
  save,
}: RowProps) {
  return (
    <li className={`plan-action status-${a.status}`} data-testid="plan-action">
      <div className="plan-action-head">
        <div>
          <span className={`tier-badge tier-${a.tier}`}>{words.tier[a.tier]}</span>{' '}
          {a.number && <span className="code">{a.number}</span>} <strong>{a.title}</strong>
          {a.priority && (
            <span className="tag tag-priority" title={words.priorityHint}>
              ★ {words.priority}
            </span>
          )}
          {a.source === 'custom' && <span className="tag">{words.custom}</span>}
          {a.edited.length > 0 && <span className="tag">{words.edited}</span>}
          <p className="muted">
            {objectiveText(t, a, language)} · {words.type[a.type]} ·{' '}
            {t('plan.leadBy', { agency: agencyLabel(roster, a.leadAgencyId, words.unassigned) })} ·{' '}
            {formatQuarter(a.start, language)}–{formatQuarter(a.end, language)} · {words.cost[a.costBand]} EUR
            · {words.status[a.status]}
            {a.dropReason ? `: ${a.dropReason}` : ''}
            {a.beyondHorizon && <span className="warning"> {words.beyond}</span>}
          </p>
        </div>
        <div className="card-actions">
          <button
            type="button"
            aria-label={t('plan.moveUp', { title: a.title })}
            disabled={i === 0}
            onClick={() => void onMove(areaId, i, i - 1)}
          >
            ↑
          </button>
          <button
            type="button"
            aria-label={t('plan.moveDown', { title: a.title })}
            disabled={last}
            onClick={() => void onMove(areaId, i, i + 1)}
          >
            ↓
          </button>
          <button type="button" aria-expanded={editing} onClick={() => onToggle(a.id)}>
            {words.edit}
          </button>
        </div>
      </div>
      {editing && (
        <ActionEditor
          action={a}
          roster={roster}
          onCancel={onClose}
          onSave={async (edit) => {
            await save((e) => ({
              ...e,
              edits: { ...e.edits, [a.id]: { ...e.edits[a.id], ...edit } },
            }));
            onClose();
          }}
        />
      )}
    </li>
  );
});
