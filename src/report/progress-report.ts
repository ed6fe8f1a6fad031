import type { SheetData } from 'write-excel-file/universal';
import type { Assessment } from '../domain/assessment/assessment';
import type { AdoptedPlan } from '../domain/monitoring/adopted-plan';
import {
  dashboard,
  periodOf,
  reportingPeriods,
  type ActionProgress,
  type BudgetLine,
  type Light,
  type MonitoringUpdate,
  type RollUp,
} from '../domain/monitoring/monitoring';
import type { ResultsRow } from '../domain/plan/results-framework';
import { formatDate, formatDayInWords, formatNumber, formatQuarter } from '../i18n/format';
import { phraseText } from './plan-text';
import type { Block, Cell, ReportModel } from './report-model';
import { createReportTranslator, type ReportLanguage } from './report-translator';

/** Everything a progress report is made from: the plan in force, its updates, and the day it reports on. */
export interface ProgressInput {
  assessment: Assessment;
  plan: AdoptedPlan;
  updates: readonly MonitoringUpdate[];
  /** The "report as of" day, "YYYY-MM-DD". */
  day: string;
  /** The results framework of the plan (its indicators, baselines and targets). */
  results: readonly ResultsRow[];
  /** Area ids with their code and title in the report's language. */
  areas: readonly { id: string; label: string }[];
  language: ReportLanguage;
  countryName: string;
  /** The date printed on the document. */
  now: number;
}

const LIGHT_FILL: Record<Light, string> = { green: 'C8E6C9', amber: 'FFE0B2', red: 'F4C7C3', grey: 'E0E0E0' };
const STATUS_FILL: Record<string, string | undefined> = {
  done: 'C8E6C9',
  onTrack: 'DCEDC8',
  delayed: 'FFE0B2',
  atRisk: 'F4C7C3',
};

function words(input: ProgressInput) {
  const { language, plan } = input;
  const t = createReportTranslator(language);
  const view = dashboard(plan, input.updates, input.day);
  const period = periodOf(reportingPeriods(plan, 'quarterly'), input.day);
  const number = (n: number, digits = 0) => formatNumber(n, language, digits);
  const euros = (n: number) => `${number(Math.round(n))} EUR`;
  const objectiveTitle = (id: string | undefined) => {
    const o = plan.objectives.find((x) => x.id === id);
    return o ? `${o.number}. ${phraseText(t, o.title, language)}` : t('report.matrix.otherActions');
  };
  const areaLabel = new Map(input.areas.map((a) => [a.id, a.label]));
  const agency = new Map(input.assessment.roster.map((a) => [a.id, a.acronym || a.name]));
  return {
    t,
    view,
    period,
    number,
    euros,
    objectiveTitle,
    area: (id: string) => areaLabel.get(id) ?? id,
    lead: (id: string | null) => (id ? (agency.get(id) ?? id) : t('report.matrix.unassigned')),
    day: (iso: string) => formatDayInWords(iso, language),
    quarter: (month: string) => formatQuarter(month, language),
    status: (r: ActionProgress) => t(`monitoring.status.${r.status}`),
    percent: (share: number) => `${number(Math.round(share * 100))} %`,
  };
}
type Words = ReturnType<typeof words>;

function statusCounts(w: Words, r: RollUp): Cell[] {
  return [
    { text: String(r.actions), align: 'center' },
    { text: String(r.counts.done), align: 'center' },
    { text: String(r.counts.onTrack), align: 'center' },
    { text: String(r.counts.delayed + r.counts.atRisk), align: 'center' },
    { text: String(r.counts.notStarted), align: 'center' },
    { text: String(r.counts.cancelled), align: 'center' },
    { text: String(r.overdue), align: 'center' },
    { text: w.percent(r.meanProgress), align: 'center' },
    { text: w.t(`monitoring.light.${r.light}`), fill: LIGHT_FILL[r.light] },
  ];
}

function rollUpTable(w: Words, first: string, rows: readonly RollUp[], label: (id: string) => string): Block {
  const { t } = w;
  return {
    kind: 'table',
    columns: [
      { title: first, width: 22 },
      { title: t('report.progress.total'), width: 7 },
      { title: t('monitoring.status.done'), width: 9 },
      { title: t('monitoring.status.onTrack'), width: 8 },
      { title: t('report.progress.troubled'), width: 10 },
      { title: t('monitoring.status.notStarted'), width: 8 },
      { title: t('monitoring.status.cancelled'), width: 9 },
      { title: t('monitoring.overdue.column'), width: 10 },
      { title: t('monitoring.progress'), width: 8 },
      { title: t('monitoring.light.column'), width: 9 },
    ],
    rows: [
      ...rows.map((r) => [{ text: label(r.id) }, ...statusCounts(w, r)]),
      [{ text: t('monitoring.total'), bold: true }, ...statusCounts(w, w.view.plan)],
    ],
    repeatHeader: true,
  };
}

function budgetRow(w: Words, label: string, b: BudgetLine, bold = false): Cell[] {
  return [
    { text: label, bold },
    { text: `${w.euros(b.planned.low)} – ${w.euros(b.planned.high)}`, align: 'right' },
    { text: `${w.euros(b.dueByNow.low)} – ${w.euros(b.dueByNow.high)}`, align: 'right' },
    { text: w.euros(b.spent), align: 'right' },
    { text: String(b.unreported), align: 'center' },
  ];
}

/** What the results framework's row stands at on the day: its actions' state (objective) or the action's. */
function currentOf(w: Words, row: ResultsRow): string {
  const { t, view } = w;
  if (row.kind === 'action') {
    const r = view.rows.find((x) => x.action.id === row.actionId);
    if (!r) return t('report.progress.notInPlan');
    const evidence = r.update?.evidence ? ` — ${r.update.evidence}` : '';
    return `${w.status(r)}, ${w.number(r.progress)} %${evidence}`;
  }
  const rollUp = view.byObjective.find((o) => o.id === row.objectiveId);
  return rollUp
    ? t('report.progress.objectiveNow', {
        done: w.percent(rollUp.doneShare),
        progress: w.percent(rollUp.meanProgress),
      })
    : '—';
}

function sections(input: ProgressInput, w: Words): Block[] {
  const { t, view } = w;
  const { plan } = input;
  const period = w.period ? w.quarter(w.period.startMonth) : w.day(input.day);
  const results = input.results.filter(
    (r) => r.kind === 'objective' || view.rows.some((x) => x.action.id === r.actionId),
  );
  const blocks: Block[] = [
    { kind: 'contents', title: t('report.contents') },
    { kind: 'heading', level: 1, text: t('report.progress.ch.summary') },
    {
      kind: 'paragraph',
      text: t('report.progress.intro', {
        version: plan.version,
        adopted: w.day(plan.adoptedOn),
        body: plan.adoptedBy,
        start: w.quarter(plan.startMonth),
        end: w.quarter(plan.endMonth),
        date: w.day(input.day),
        period,
      }),
    },
    {
      kind: 'paragraph',
      text: t('report.progress.overall', {
        light: t(`monitoring.light.${view.plan.light}`),
        done: w.percent(view.plan.doneShare),
        progress: w.percent(view.plan.meanProgress),
        spent: w.euros(view.budget.spent),
        low: w.euros(view.budget.planned.low),
        high: w.euros(view.budget.planned.high),
      }),
    },
    {
      kind: 'table',
      columns: [
        { title: t('monitoring.statusColumn'), width: 60 },
        { title: t('monitoring.actions'), width: 40 },
      ],
      rows: (['done', 'onTrack', 'delayed', 'atRisk', 'notStarted', 'cancelled'] as const).map((s) => [
        { text: t(`monitoring.status.${s}`), fill: STATUS_FILL[s] },
        { text: String(view.plan.counts[s]), align: 'center' },
      ]),
      caption: t('report.progress.countsCaption', { date: w.day(input.day) }),
    },
    { kind: 'heading', level: 1, text: t('report.progress.ch.objectives') },
    rollUpTable(w, t('monitoring.objective'), view.byObjective, w.objectiveTitle),
    { kind: 'paragraph', style: 'note', text: t('report.progress.lightRule') },
    { kind: 'heading', level: 2, text: t('monitoring.byArea') },
    rollUpTable(w, t('monitoring.area'), view.byArea, w.area),
    { kind: 'heading', level: 1, text: t('report.progress.ch.results') },
    { kind: 'paragraph', text: t('report.progress.resultsIntro') },
    {
      kind: 'table',
      columns: [
        { title: t('report.matrix.no'), width: 8 },
        { title: t('report.rf.indicator'), width: 28 },
        { title: t('report.rf.baseline'), width: 20 },
        { title: t('report.rf.target'), width: 20 },
        { title: t('report.progress.current', { date: w.day(input.day) }), width: 24 },
      ],
      rows: results.map((r) => [
        { text: r.number, bold: r.kind === 'objective' },
        { text: phraseText(t, r.indicator, input.language), bold: r.kind === 'objective' },
        { text: phraseText(t, r.baseline, input.language) },
        { text: `${phraseText(t, r.target, input.language)} (${w.quarter(r.targetDate)})` },
        { text: currentOf(w, r) },
      ]),
      repeatHeader: true,
      splitRows: true,
    },
    { kind: 'heading', level: 1, text: t('report.progress.ch.overdue') },
  ];
  // Overdue first (the latest first), then those reported delayed or at risk though not yet past their end.
  const troubled = [
    ...view.overdue,
    ...view.rows.filter((r) => !r.overdue && (r.status === 'delayed' || r.status === 'atRisk')),
  ];
  if (troubled.length === 0) blocks.push({ kind: 'paragraph', text: t('report.progress.noneTroubled') });
  else
    blocks.push({
      kind: 'table',
      columns: [
        { title: t('report.matrix.no'), width: 8 },
        { title: t('monitoring.action'), width: 26 },
        { title: t('report.matrix.lead'), width: 10 },
        { title: t('report.progress.plannedEnd'), width: 10 },
        { title: t('report.progress.late'), width: 8 },
        { title: t('monitoring.statusColumn'), width: 10 },
        { title: t('report.progress.reason'), width: 28 },
      ],
      rows: troubled.map((r) => [
        { text: r.action.number },
        { text: r.action.title, more: r.update?.nextStep ? [r.update.nextStep] : undefined },
        { text: w.lead(r.action.leadAgencyId) },
        { text: w.quarter(r.action.end) },
        { text: r.overdue ? w.number(r.monthsLate) : '—', align: 'center' },
        { text: `${w.status(r)}, ${w.number(r.progress)} %`, fill: STATUS_FILL[r.status] },
        { text: r.update?.reason || t('report.progress.noReason') },
      ]),
      caption: t('report.progress.overdueCaption'),
      repeatHeader: true,
      splitRows: true,
    });
  blocks.push(
    { kind: 'heading', level: 1, text: t('report.progress.ch.budget') },
    {
      kind: 'table',
      columns: [
        { title: t('monitoring.objective'), width: 34 },
        { title: t('monitoring.budget.planned'), width: 22 },
        { title: t('monitoring.budget.due'), width: 20 },
        { title: t('monitoring.budget.spent'), width: 14 },
        { title: t('report.progress.unreported'), width: 10 },
      ],
      rows: [
        ...view.budgetByObjective.map((b) => budgetRow(w, w.objectiveTitle(b.id), b)),
        budgetRow(w, t('monitoring.total'), view.budget, true),
      ],
      caption: t('monitoring.budget.caption', { date: w.day(input.day) }),
      repeatHeader: true,
    },
    { kind: 'heading', level: 1, text: t('report.progress.ch.actions') },
    {
      kind: 'table',
      columns: [
        { title: t('report.matrix.no'), width: 8 },
        { title: t('monitoring.action'), width: 28 },
        { title: t('monitoring.statusColumn'), width: 12 },
        { title: t('report.progress.actual'), width: 14 },
        { title: t('monitoring.budget.spent'), width: 12 },
        { title: t('monitoring.field.evidence'), width: 26 },
      ],
      rows: view.rows.map((r) => [
        { text: r.action.number },
        { text: r.action.title, more: [w.area(r.action.areaId)] },
        {
          text: `${w.status(r)}, ${w.number(r.progress)} %`,
          fill: STATUS_FILL[r.status],
          more: r.update
            ? [t('monitoring.reported', { date: w.day(r.update.asOf), author: r.update.author || '—' })]
            : undefined,
        },
        {
          text: `${r.update?.actualStart ? w.quarter(r.update.actualStart) : '—'} – ${r.update?.actualEnd ? w.quarter(r.update.actualEnd) : '—'}`,
        },
        { text: r.update?.spent === undefined ? '—' : w.euros(r.update.spent), align: 'right' },
        { text: r.update?.evidence || '—' },
      ]),
      caption: t('report.progress.actionsCaption', { date: w.day(input.day) }),
      repeatHeader: true,
      splitRows: true,
    },
  );
  return blocks;
}

/** The progress report of the adopted plan for one period, as a document model (rendered by render-docx). */
export function buildProgressReport(input: ProgressInput): ReportModel {
  const w = words(input);
  const { t } = w;
  const marking = t(`marking.${input.assessment.marking}`);
  const pageOf = t('report.pageOf', { returnObjects: true }) as unknown as [string, string];
  return {
    language: input.language,
    cover: {
      title: t('report.progress.title'),
      subtitle: t('report.progress.subtitle', {
        country: input.countryName,
        date: w.day(input.day),
        period: w.period ? w.quarter(w.period.startMonth) : w.day(input.day),
      }),
      versionLine: t('report.progress.versionLine', {
        version: input.plan.version,
        adopted: w.day(input.plan.adoptedOn),
        body: input.plan.adoptedBy,
        reference: input.plan.reference ?? '',
      }),
      basedOn: t('report.progress.compiled', {
        date: formatDate(input.now, input.language),
        title: input.assessment.title,
      }),
      marking,
      draft: t('report.draft'),
    },
    header: `${t('report.progress.title')} · ${marking}`,
    footer: { pageOf },
    sections: [{ orientation: 'landscape', blocks: sections(input, w) }],
  };
}

/** The same period as a spreadsheet: one row per action, numbers as numbers and months as dates. */
export function progressSheet(input: ProgressInput): { data: SheetData; widths: number[] } {
  const w = words(input);
  const { t, view } = w;
  const header = [
    t('report.matrix.no'),
    t('monitoring.action'),
    t('monitoring.area'),
    t('monitoring.objective'),
    t('report.matrix.lead'),
    t('report.sheet.start'),
    t('report.sheet.end'),
    t('monitoring.statusColumn'),
    t('monitoring.field.progress'),
    t('monitoring.overdue.column'),
    t('report.progress.late'),
    t('monitoring.field.actualStart'),
    t('monitoring.field.actualEnd'),
    t('report.sheet.costLow'),
    t('report.sheet.costHigh'),
    t('monitoring.field.spent'),
    t('report.progress.reason'),
    t('monitoring.field.evidence'),
    t('monitoring.field.nextStep'),
    t('monitoring.field.asOf'),
    t('monitoring.field.author'),
  ];
  const month = (value: string | undefined) =>
    value ? { value: new Date(`${value}-01T00:00:00Z`), type: Date, format: 'yyyy-mm' } : null;
  const text = (value: string | undefined) => (value ? { value, wrap: true } : null);
  const number = (value: number | undefined) => (value === undefined ? null : { value, type: Number });
  const data: SheetData = [header.map((value) => ({ value, fontWeight: 'bold' as const, wrap: true }))];
  for (const r of view.rows) {
    const u = r.update;
    data.push([
      text(r.action.number),
      text(r.action.title),
      text(w.area(r.action.areaId)),
      text(w.objectiveTitle(r.action.objectiveId)),
      text(w.lead(r.action.leadAgencyId)),
      month(r.action.start),
      month(r.action.end),
      text(w.status(r)),
      number(r.progress),
      text(r.overdue ? t('report.sheet.yes') : ''),
      number(r.monthsLate || undefined),
      month(u?.actualStart),
      month(u?.actualEnd),
      number(r.action.costLow),
      number(r.action.costHigh),
      number(u?.spent),
      text(u?.reason),
      text(u?.evidence),
      text(u?.nextStep),
      u ? { value: new Date(`${u.asOf}T00:00:00Z`), type: Date, format: 'yyyy-mm-dd' } : null,
      text(u?.author),
    ]);
  }
  return { data, widths: [8, 40, 24, 30, 12, 10, 10, 12, 9, 9, 8, 10, 10, 12, 12, 12, 30, 30, 30, 11, 16] };
}
