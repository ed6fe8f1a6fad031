import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../domain/assessment/assessment';
import { versionInForce, type AdoptedAction, type AdoptedPlan } from '../../domain/monitoring/adopted-plan';
import {
  carriedForward,
  dashboard,
  MONITORING_STATUSES,
  monitoringUpdateSchema,
  periodOf,
  reportingPeriods,
  type ActionProgress,
  type BudgetLine,
  type Light,
  type MonitoringStatus,
  type MonitoringUpdate,
  type RollUp,
} from '../../domain/monitoring/monitoring';
import { isoDay } from '../../domain/validation/today';
import { formatIsoDate, formatNumber, formatQuarter } from '../../i18n/format';
import { authorStamp } from '../../storage/settings-repo';
import { useLive } from '../../storage/store';
import { AssessmentGate } from '../../ui/assessment-gate';
import { DateField } from '../../ui/date-field';
import { MonthField } from '../../ui/month-field';
import { useStore } from '../../ui/store-context';
import { useText } from '../../ui/use-text';
import type { AvailableQuestionnaire } from '../../services/questionnaire-registry';
import { ProgressExport } from './progress-export';
import { ScreenHelp } from '../../ui/screen-help';

export interface MonitoringLinks {
  plan: string;
}

export function MonitoringPage({ assessmentId, links }: { assessmentId: string; links: MonitoringLinks }) {
  return (
    <AssessmentGate assessmentId={assessmentId}>
      {(assessment, available) => <Monitoring assessment={assessment} available={available} links={links} />}
    </AssessmentGate>
  );
}

const euros = (n: number, language: string) => `${formatNumber(Math.round(n), language, 0)} EUR`;

function Monitoring({
  assessment,
  available,
  links,
}: {
  assessment: Assessment;
  available: AvailableQuestionnaire;
  links: MonitoringLinks;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const store = useStore();
  const records = useLive(() => store.monitoring.list(assessment.id), [store, assessment.id]);
  const [today] = useState(() => isoDay(Date.now()));
  const [asOf, setAsOf] = useState<string | undefined>(today);
  const [editing, setEditing] = useState<string>();
  const [chosenVersion, setChosenVersion] = useState<number>();
  const text = useText(available.questionnaire.defaultLanguage);
  const areaTitle = (id: string) => {
    const area = available.questionnaire.areas.find((a) => a.id === id);
    return area ? `${area.code ?? ''} ${text(area.title)}`.trim() : id;
  };
  if (!records) return <p role="status">{t('common.loading')}</p>;
  // The version chosen, else the one in force on the day (else the first, before it was adopted).
  const plan =
    records.adopted.find((v) => v.version === chosenVersion) ??
    versionInForce(records.adopted, asOf ?? today) ??
    records.adopted[0];
  if (!plan)
    return (
      <section className="monitoring" aria-labelledby="monitoring-heading">
        <h2 id="monitoring-heading">{t('monitoring.heading', { title: assessment.title })}</h2>
        <p>
          {t('monitoring.notAdopted')} <a href={links.plan}>{t('monitoring.toPlan')}</a>
        </p>
      </section>
    );
  const day = asOf ?? today;
  const periods = reportingPeriods(plan, 'quarterly');
  const view = dashboard(plan, records.updates, day);
  const objectiveTitle = (id: string) => {
    const o = plan.objectives.find((x) => x.id === id);
    if (!o) return id;
    const title = 'key' in o.title ? t(o.title.key, o.title.values) : o.title.text;
    return `${o.number}. ${title}`;
  };
  const period = periodOf(periods, day);
  return (
    <section className="monitoring" aria-labelledby="monitoring-heading">
      <div className="fill-header">
        <div>
          <h2 id="monitoring-heading">{t('monitoring.heading', { title: assessment.title })}</h2>
          <ScreenHelp screen="monitor" />
          <p className="muted">
            <a href={links.plan}>{t('monitoring.toPlan')}</a> ·{' '}
            {t('monitoring.inForce', {
              version: plan.version,
              date: formatIsoDate(plan.adoptedOn, language),
              body: plan.adoptedBy,
            })}
          </p>
        </div>
        <div className="as-of">
          {records.adopted.length > 1 && (
            <select
              aria-label={t('monitoring.version')}
              value={plan.version}
              onChange={(e) => setChosenVersion(Number(e.target.value))}
            >
              {records.adopted.map((v) => (
                <option key={v.version} value={v.version}>
                  {t('monitoring.versionOption', {
                    version: v.version,
                    date: formatIsoDate(v.adoptedOn, language),
                  })}
                </option>
              ))}
            </select>
          )}
          <label id="as-of-label">{t('monitoring.reportAsOf')}</label>
          <DateField value={asOf} onChange={setAsOf} aria-labelledby="as-of-label" />
          <select
            aria-label={t('monitoring.period')}
            value={period?.id ?? ''}
            onChange={(e) => setAsOf(periods.find((p) => p.id === e.target.value)?.asOf)}
          >
            {!period && <option value="">—</option>}
            {periods.map((p) => (
              <option key={p.id} value={p.id}>
                {formatQuarter(p.startMonth, language)}
              </option>
            ))}
          </select>
        </div>
      </div>

      <h3>{t('monitoring.status.heading')}</h3>
      <p data-testid="plan-light">
        <LightMark light={view.plan.light} /> {summaryLine(t, view.plan, language)}
      </p>
      <RollUpTable
        caption={t('monitoring.byObjective')}
        column={t('monitoring.objective')}
        rows={view.byObjective}
        label={objectiveTitle}
      />
      <RollUpTable
        caption={t('monitoring.byArea')}
        column={t('monitoring.area')}
        rows={view.byArea}
        label={areaTitle}
      />

      <h3>{t('monitoring.budget.heading')}</h3>
      <table className="data-table">
        <caption>{t('monitoring.budget.caption', { date: formatIsoDate(day, language) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('monitoring.objective')}</th>
            <th scope="col">{t('monitoring.budget.planned')}</th>
            <th scope="col">{t('monitoring.budget.due')}</th>
            <th scope="col">{t('monitoring.budget.spent')}</th>
            <th scope="col">{t('monitoring.budget.over')}</th>
          </tr>
        </thead>
        <tbody>
          {[...view.budgetByObjective, view.budget].map((b: BudgetLine) => (
            <tr key={b.id}>
              <th scope="row">{b.id === 'all' ? t('monitoring.total') : objectiveTitle(b.id)}</th>
              <td>
                {euros(b.planned.low, language)} – {euros(b.planned.high, language)}
              </td>
              <td>
                {euros(b.dueByNow.low, language)} – {euros(b.dueByNow.high, language)}
              </td>
              <td>
                {euros(b.spent, language)}
                {b.unreported > 0 && (
                  <span className="muted">
                    {' '}
                    · {t('monitoring.budget.unreported', { count: b.unreported })}
                  </span>
                )}
              </td>
              <td>{b.over > 0 ? euros(b.over, language) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t('monitoring.overdue.heading', { count: view.overdue.length })}</h3>
      {view.overdue.length === 0 ? (
        <p className="muted">{t('monitoring.overdue.none')}</p>
      ) : (
        <ul className="overdue" data-testid="overdue">
          {view.overdue.map((r) => (
            <li key={r.action.id}>
              <strong>{r.action.number}</strong> {r.action.title} —{' '}
              {t('monitoring.overdue.late', { count: r.monthsLate })}
              {r.update?.reason && <span className="muted"> · {r.update.reason}</span>}
            </li>
          ))}
        </ul>
      )}

      <h3>{t('monitoring.actions')}</h3>
      <Timeline plan={plan} rows={view.rows} />
      <table className="data-table monitoring-actions">
        <thead>
          <tr>
            <th scope="col">{t('monitoring.action')}</th>
            <th scope="col">{t('monitoring.planned')}</th>
            <th scope="col">{t('monitoring.statusColumn')}</th>
            <th scope="col">{t('monitoring.lastReport')}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {view.rows.map((r) => (
            <ActionRow
              key={r.action.id}
              row={r}
              day={day}
              plan={plan}
              history={records.updates.filter((u) => u.actionId === r.action.id)}
              editing={editing === r.action.id}
              onEdit={(on) => setEditing(on ? r.action.id : undefined)}
            />
          ))}
        </tbody>
      </table>
      <ProgressExport
        assessment={assessment}
        available={available}
        plan={plan}
        updates={records.updates}
        day={day}
      />
    </section>
  );
}

function summaryLine(t: ReturnType<typeof useTranslation>['t'], r: RollUp, language: string) {
  return t('monitoring.summary', {
    count: r.actions,
    done: r.counts.done,
    onTrack: r.counts.onTrack,
    delayed: r.counts.delayed + r.counts.atRisk,
    overdue: r.overdue,
    progress: formatNumber(Math.round(r.meanProgress * 100), language, 0),
  });
}

function LightMark({ light }: { light: Light }) {
  const { t } = useTranslation();
  // The colour is never alone: the word says it too.
  return (
    <span className={`light light-${light}`} data-light={light}>
      <span aria-hidden="true">●</span> {t(`monitoring.light.${light}`)}
    </span>
  );
}

function RollUpTable({
  caption,
  column,
  rows,
  label,
}: {
  caption: string;
  column: string;
  rows: RollUp[];
  label: (id: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <table className="data-table rollup">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{column}</th>
          <th scope="col">{t('monitoring.light.column')}</th>
          {(['done', 'onTrack', 'delayed', 'atRisk', 'notStarted'] as const).map((s) => (
            <th scope="col" key={s}>
              {t(`monitoring.status.${s}`)}
            </th>
          ))}
          <th scope="col">{t('monitoring.overdue.column')}</th>
          <th scope="col">{t('monitoring.progress')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id}>
            <th scope="row">{label(r.id)}</th>
            <td>
              <LightMark light={r.light} />
            </td>
            {(['done', 'onTrack', 'delayed', 'atRisk', 'notStarted'] as const).map((s) => (
              <td key={s}>{formatNumber(r.counts[s], language)}</td>
            ))}
            <td>{formatNumber(r.overdue, language)}</td>
            <td>{formatNumber(Math.round(r.meanProgress * 100), language, 0)} %</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Planned against actual, one line per action: the planned bar, and the actual one as reported. */
function Timeline({ plan, rows }: { plan: AdoptedPlan; rows: ActionProgress[] }) {
  const { t } = useTranslation();
  const [y0, m0] = plan.startMonth.split('-').map(Number) as [number, number];
  const [y1, m1] = plan.endMonth.split('-').map(Number) as [number, number];
  const span = (y1 - y0) * 12 + (m1 - m0) + 1;
  const at = (month: string) => {
    const [y, m] = month.split('-').map(Number) as [number, number];
    return Math.min(span, Math.max(0, (y - y0) * 12 + (m - m0)));
  };
  const bar = (from: string, to: string) => ({
    left: `${(at(from) / span) * 100}%`,
    width: `${(Math.max(1, at(to) - at(from) + 1) / span) * 100}%`,
  });
  return (
    <figure className="timeline" aria-label={t('monitoring.timeline.label')}>
      <figcaption className="muted">{t('monitoring.timeline.caption')}</figcaption>
      {rows.map((r) => (
        <div className="timeline-row" key={r.action.id}>
          <span className="timeline-label">{r.action.number}</span>
          <span className="timeline-track" aria-hidden="true">
            <span className="bar planned" style={bar(r.action.start, r.action.end)} />
            {r.update?.actualStart && (
              <span
                className={`bar actual status-${r.status}`}
                style={bar(r.update.actualStart, r.update.actualEnd ?? r.update.asOf.slice(0, 7))}
              />
            )}
          </span>
        </div>
      ))}
    </figure>
  );
}

function ActionRow({
  row,
  day,
  plan,
  history,
  editing,
  onEdit,
}: {
  row: ActionProgress;
  day: string;
  plan: AdoptedPlan;
  history: MonitoringUpdate[];
  editing: boolean;
  onEdit: (on: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const { action, update } = row;
  return (
    <>
      <tr data-action={action.id}>
        <th scope="row">
          <strong>{action.number}</strong> {action.title}
        </th>
        <td>
          {formatQuarter(action.start, language)} – {formatQuarter(action.end, language)}
        </td>
        <td>
          {t(`monitoring.status.${row.status}`)}, {formatNumber(row.progress, language)} %
          {row.overdue && <strong className="overdue-mark"> · {t('monitoring.overdue.mark')}</strong>}
        </td>
        <td>
          {update
            ? t('monitoring.reported', {
                date: formatIsoDate(update.asOf, language),
                author: update.author || '—',
              })
            : '—'}
          {update?.reason && <div className="muted">{update.reason}</div>}
        </td>
        <td>
          <button type="button" onClick={() => onEdit(!editing)} aria-expanded={editing}>
            {t('monitoring.record')}
          </button>
        </td>
      </tr>
      {editing && (
        <tr>
          <td colSpan={5}>
            <UpdateForm action={action} day={day} plan={plan} last={update} onDone={() => onEdit(false)} />
            {history.length > 0 && (
              <details>
                <summary>{t('monitoring.history', { count: history.length })}</summary>
                <ol className="history">
                  {[...history].reverse().map((u) => (
                    <li key={u.id}>
                      {formatIsoDate(u.asOf, language)}: {t(`monitoring.status.${u.status}`)},{' '}
                      {formatNumber(u.progress, language)} % — {u.author || '—'}
                      {u.reason && <> · {u.reason}</>}
                    </li>
                  ))}
                </ol>
              </details>
            )}
          </td>
        </tr>
      )}
    </>
  );
}

function UpdateForm({
  action,
  day,
  plan,
  last,
  onDone,
}: {
  action: AdoptedAction;
  day: string;
  plan: AdoptedPlan;
  last: MonitoringUpdate | undefined;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const start = carriedForward(last);
  const [status, setStatus] = useState<MonitoringStatus>(start.status);
  const [progress, setProgress] = useState(String(start.progress));
  const [actualStart, setActualStart] = useState(start.actualStart);
  const [actualEnd, setActualEnd] = useState(start.actualEnd);
  const [spent, setSpent] = useState(start.spent === undefined ? '' : String(start.spent));
  const [reason, setReason] = useState(start.reason ?? '');
  const [evidence, setEvidence] = useState('');
  const [nextStep, setNextStep] = useState(start.nextStep ?? '');
  const [problems, setProblems] = useState<string[]>([]);
  const save = async () => {
    const settings = await store.settings.get();
    const number = (s: string) =>
      s.trim() === '' ? undefined : Number(s.replace(',', '.').replace(/\s/g, ''));
    const candidate = {
      id: globalThis.crypto.randomUUID(),
      assessmentId: plan.assessmentId,
      planVersion: plan.version,
      actionId: action.id,
      asOf: day,
      status,
      progress: status === 'done' ? 100 : (number(progress) ?? 0),
      ...(actualStart && { actualStart }),
      ...(actualEnd && { actualEnd }),
      ...(number(spent) !== undefined && { spent: number(spent) }),
      ...(reason.trim() && { reason: reason.trim() }),
      ...(evidence.trim() && { evidence: evidence.trim() }),
      ...(nextStep.trim() && { nextStep: nextStep.trim() }),
      author: authorStamp(settings),
      recordedAt: Date.now(),
    };
    const parsed = monitoringUpdateSchema.safeParse(candidate);
    if (!parsed.success) {
      setProblems(
        parsed.error.issues.map((i) => `${t(`monitoring.field.${String(i.path[0])}`)}: ${i.message}`),
      );
      return;
    }
    try {
      await store.monitoring.append([parsed.data]);
      onDone();
    } catch (error) {
      setProblems([error instanceof Error ? error.message : String(error)]);
    }
  };
  return (
    <form
      className="update-form"
      aria-label={t('monitoring.formLabel', { number: action.number })}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label>
        {t('monitoring.field.status')}
        <select value={status} onChange={(e) => setStatus(e.target.value as MonitoringStatus)}>
          {MONITORING_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`monitoring.status.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('monitoring.field.progress')}
        <input
          type="number"
          min={0}
          max={100}
          value={status === 'done' ? '100' : progress}
          disabled={status === 'done'}
          onChange={(e) => setProgress(e.target.value)}
        />
      </label>
      <MonthField
        label={t('monitoring.field.actualStart')}
        value={actualStart ?? ''}
        onChange={setActualStart}
      />
      <MonthField label={t('monitoring.field.actualEnd')} value={actualEnd ?? ''} onChange={setActualEnd} />
      <label>
        {t('monitoring.field.spent')}
        <input inputMode="decimal" value={spent} onChange={(e) => setSpent(e.target.value)} />
      </label>
      <label>
        {t('monitoring.field.reason')}
        <textarea value={reason} onChange={(e) => setReason(e.target.value)} rows={2} maxLength={5000} />
      </label>
      <label>
        {t('monitoring.field.evidence')}
        <textarea value={evidence} onChange={(e) => setEvidence(e.target.value)} rows={2} maxLength={5000} />
      </label>
      <label>
        {t('monitoring.field.nextStep')}
        <input value={nextStep} onChange={(e) => setNextStep(e.target.value)} maxLength={5000} />
      </label>
      {problems.length > 0 && (
        <ul role="alert" className="error">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      <div className="form-actions">
        <button type="submit" className="primary">
          {t('monitoring.saveUpdate')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
