import type { Range } from '../domain/plan/budget';
import { addMonths } from '../domain/plan/months';
import { formatNumber, formatQuarter } from '../i18n/format';
import { defaultMission, defaultVision } from './plan-text';
import type { ReportContext } from './report-context';
import { riskFill, TIER_FILL, type Block, type Cell } from './report-model';

/** Millions of EUR with one decimal, "21,4–59,3". */
export const megaRange = (r: Range, language: string) =>
  `${formatNumber(r.low / 1e6, language, 1)}–${formatNumber(r.high / 1e6, language, 1)}`;

export function visionChapter(ctx: ReportContext): Block[] {
  const { t, edits, plan } = ctx;
  const vision = edits.vision
    ? ctx.phrase({ text: edits.vision.text, lang: edits.vision.lang })
    : defaultVision(t, ctx.countryName, plan.endMonth.slice(0, 4));
  const mission = edits.mission
    ? ctx.phrase({ text: edits.mission.text, lang: edits.mission.lang })
    : defaultMission(t, ctx.assessment.roster.length);
  return [
    { kind: 'heading', level: 1, text: t('report.chapter.vision') },
    { kind: 'heading', level: 2, text: t('report.vision.vision') },
    { kind: 'paragraph', text: vision },
    { kind: 'heading', level: 2, text: t('report.vision.mission') },
    { kind: 'paragraph', text: mission },
    { kind: 'heading', level: 2, text: t('report.vision.objectives') },
    {
      kind: 'bullets',
      items: ctx.structure.objectives.map((o) => ctx.objectiveTitle(o)),
    },
  ];
}

export function objectivesChapter(ctx: ReportContext): Block[] {
  const { t, structure } = ctx;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: t('report.chapter.objectives') },
    { kind: 'paragraph', text: t('report.obj.intro2', { count: structure.objectives.length }) },
  ];
  const areaName = (id: string) => {
    const area = ctx.questionnaire.areas.find((a) => a.id === id);
    return area ? `${area.code ?? area.id} ${ctx.text(area.title)}` : id;
  };
  for (const o of structure.objectives) {
    const priority = o.actions.filter((a) => a.priority);
    const high = o.actions.filter((a) => a.tier === 'high').length;
    const codes = o.indicatorIds.map((id) => ctx.question(id).code ?? id);
    blocks.push(
      { kind: 'heading', level: 2, text: ctx.objectiveTitle(o) },
      { kind: 'paragraph', text: `${t('report.obj.outcome')}: ${ctx.phrase(o.outcome)}` },
      {
        kind: 'paragraph',
        text: t('report.obj.scope', {
          areas: o.areaIds.map(areaName).join('; '),
          indicators: codes.join(', ') || '—',
          count: o.actions.length,
          high,
          cost: megaRange(
            structure.budget.rows.find((r) => r.objectiveId === o.id)?.total ?? { low: 0, high: 0 },
            ctx.language,
          ),
        }),
      },
      { kind: 'heading', level: 3, text: t('report.obj.priorityActions') },
      {
        kind: 'table',
        columns: [
          { title: t('report.matrix.no'), width: 10 },
          { title: t('report.matrix.action'), width: 52 },
          { title: t('report.matrix.lead'), width: 14 },
          { title: t('report.matrix.when'), width: 24 },
        ],
        rows: (priority.length ? priority : o.actions.slice(0, 3)).map((a) => [
          { text: a.number ?? '', align: 'center' },
          { text: ctx.field(a, 'title') },
          { text: ctx.agency(a.leadAgencyId) },
          { text: ctx.when(a) },
        ]),
      },
    );
  }
  return blocks;
}

export function resultsChapter(ctx: ReportContext): Block[] {
  const { t, structure } = ctx;
  const rows: Cell[][] = [];
  for (const o of structure.objectives) {
    rows.push([{ text: ctx.objectiveTitle(o), bold: true, span: 7, fill: 'E9EDF3' }]);
    for (const r of structure.results.filter((x) => x.objectiveId === o.id))
      rows.push([
        { text: r.number, bold: r.kind === 'objective', align: 'center' },
        { text: ctx.phrase(r.indicator) },
        { text: ctx.phrase(r.baseline) },
        {
          text: `${ctx.phrase(r.target)}`,
          more: [t('report.rf.by', { date: formatQuarter(r.targetDate, ctx.language) })],
        },
        { text: ctx.phrase(r.verification) },
        { text: ctx.agency(r.responsibleId) },
        { text: t(`plan.frequency.${r.frequency}`) },
      ]);
  }
  return [
    { kind: 'heading', level: 1, text: t('report.chapter.results') },
    { kind: 'paragraph', text: t('report.rf.intro') },
    {
      kind: 'table',
      repeatHeader: true,
      splitRows: true,
      columns: [
        { title: t('report.matrix.no'), width: 6 },
        { title: t('report.rf.indicator'), width: 17 },
        { title: t('report.rf.baseline'), width: 19 },
        { title: t('report.rf.target'), width: 19 },
        { title: t('report.rf.verification'), width: 14 },
        // Wide enough for "Ответственный", "Ежеквартально", "подлежит определению" unbroken.
        { title: t('report.rf.responsible'), width: 12 },
        { title: t('report.rf.frequency'), width: 13 },
      ],
      rows,
    },
  ];
}

/** The plan period in quarters (five-year plans) or months (one-year plans): the Gantt's columns. */
function periods(ctx: ReportContext): { start: string; months: number; label: string }[] {
  const { plan } = ctx;
  const step = plan.horizon === 5 ? 3 : 1;
  const count = (plan.horizon * 12) / step;
  return Array.from({ length: count }, (_, i) => {
    const start = addMonths(plan.startMonth, i * step);
    // Quarters (or months) as digits under the row of years: narrow columns, any language.
    const month = Number(start.slice(5, 7));
    const label = String(step === 3 ? Math.floor((month - 1) / 3) + 1 : month);
    return { start, months: step, label };
  });
}

export function ganttChapter(ctx: ReportContext): Block[] {
  const { t, structure, plan } = ctx;
  const cols = periods(ctx);
  const barCells = (start: string, end: string, fill: string): Cell[] =>
    cols.map((c) => {
      const from = c.start;
      const to = addMonths(c.start, c.months - 1);
      const on = start <= to && end >= from;
      return { text: '', fill: on ? fill : undefined };
    });
  const yearRow: Cell[] = [
    { text: '' },
    ...Array.from({ length: plan.horizon }, (_, y) => ({
      text: addMonths(plan.startMonth, y * 12).slice(0, 4),
      bold: true,
      align: 'center' as const,
      span: cols.length / plan.horizon,
    })),
  ];
  const rows: Cell[][] = plan.horizon === 5 ? [yearRow] : [];
  let past = 0;
  for (const o of structure.objectives) {
    const starts = o.actions.map((a) => a.start).sort();
    const ends = o.actions.map((a) => a.end).sort();
    rows.push([
      { text: ctx.objectiveTitle(o), bold: true },
      ...barCells(starts[0] ?? plan.startMonth, ends.at(-1) ?? plan.startMonth, '1D3557'),
    ]);
    for (const a of o.actions.filter((x) => x.priority)) {
      if (a.end > plan.endMonth) past++;
      rows.push([
        { text: `${a.number ?? ''} ${ctx.field(a, 'title')}${a.end > plan.endMonth ? ' →' : ''}` },
        ...barCells(a.start, a.end, TIER_FILL[a.tier]),
      ]);
    }
  }
  const width = 60 / cols.length;
  return [
    { kind: 'heading', level: 1, text: t('report.chapter.timeline') },
    {
      kind: 'paragraph',
      text: t('report.gantt.intro', { count: cols.length, unit: t(`report.gantt.unit${plan.horizon}`) }),
    },
    {
      kind: 'table',
      repeatHeader: true,
      columns: [
        { title: t('report.gantt.what'), width: 40 },
        ...cols.map((c) => ({ title: c.label, width })),
      ],
      rows,
    },
    ...(past > 0
      ? [
          {
            kind: 'paragraph' as const,
            style: 'note' as const,
            text: t('report.gantt.past', { count: past }),
          },
        ]
      : []),
  ];
}

export function budgetChapter(ctx: ReportContext): Block[] {
  const { t, structure, language } = ctx;
  const { budget, envelope } = structure;
  const hasAfter = budget.totals.after.high > 0;
  const line = (label: string, r: { years: Range[]; after: Range; total: Range }, bold = false): Cell[] => [
    { text: label, bold },
    ...r.years.map((y) => ({ text: megaRange(y, language), align: 'right' as const, bold })),
    ...(hasAfter ? [{ text: megaRange(r.after, language), align: 'right' as const, bold }] : []),
    { text: megaRange(r.total, language), align: 'right', bold: true },
  ];
  const yearWidth = (hasAfter ? 58 : 64) / (budget.yearLabels.length + 1);
  const title = (id: string) => {
    const o = structure.objectives.find((x) => x.id === id);
    return o ? ctx.objectiveTitle(o) : id;
  };
  return [
    { kind: 'heading', level: 1, text: t('report.chapter.budget') },
    {
      kind: 'paragraph',
      text: t('report.budget.intro', {
        low: formatNumber(envelope.low / 1e6, language, 1),
        high: formatNumber(envelope.high / 1e6, language, 1),
      }),
    },
    {
      kind: 'table',
      caption: t('report.budget.byYearCaption'),
      columns: [
        { title: t('report.budget.objective'), width: hasAfter ? 30 : 36 },
        ...budget.yearLabels.map((y, i) => ({
          title: t('report.budget.year', { n: i + 1, year: y }),
          width: yearWidth,
        })),
        ...(hasAfter ? [{ title: t('report.budget.after'), width: yearWidth }] : []),
        { title: t('report.budget.total'), width: yearWidth + (hasAfter ? 12 - yearWidth : 0) },
      ],
      rows: [
        ...budget.rows.map((r) => line(title(r.objectiveId), r)),
        line(t('report.budget.total'), budget.totals, true),
      ],
    },
    {
      kind: 'table',
      caption: t('report.budget.bySourceCaption'),
      columns: [
        { title: t('report.budget.source'), width: 50 },
        { title: t('report.budget.actions'), width: 20 },
        { title: t('report.budget.range'), width: 30 },
      ],
      rows: budget.bySource
        .filter((s) => s.actions > 0)
        .map((s) => [
          { text: t(`plan.funding.${s.source}`) },
          { text: String(s.actions), align: 'center' },
          { text: megaRange(s.range, language), align: 'right' },
        ]),
    },
    {
      kind: 'paragraph',
      style: 'note',
      text: t('report.budget.note', {
        count: envelope.counts['gt-1m'],
        ceiling: formatNumber(envelope.openHigh / 1e6, language, 1),
      }),
    },
  ];
}

export function responsibilityChapter(ctx: ReportContext): Block[] {
  const { t, structure } = ctx;
  const { rows, withoutLead } = structure.responsibilities;
  const n = structure.objectives.length;
  const cell = (c: { accountable: boolean; leads: number; supports: number }): Cell => {
    const parts = [
      c.accountable ? 'A' : '',
      c.leads ? `R ${c.leads}` : '',
      c.supports ? `S ${c.supports}` : '',
    ];
    return {
      text: parts.filter(Boolean).join(' · '),
      align: 'center',
      fill: c.accountable ? 'C9D3E0' : c.leads ? 'E9EDF3' : undefined,
    };
  };
  return [
    { kind: 'heading', level: 1, text: t('report.chapter.responsibilities') },
    { kind: 'paragraph', text: t('report.raci.intro') },
    {
      kind: 'table',
      repeatHeader: true,
      columns: [
        { title: t('report.raci.agency'), width: 22 },
        ...structure.objectives.map((o) => ({
          title: t('report.obj.numbered', { n: o.number }),
          width: 78 / n,
        })),
      ],
      rows: rows.map((r) => [{ text: ctx.agency(r.agencyId), bold: true }, ...r.cells.map(cell)]),
    },
    {
      kind: 'paragraph',
      style: 'note',
      text: structure.objectives.map((o) => ctx.objectiveTitle(o)).join('; '),
    },
    ...(withoutLead.length
      ? [
          {
            kind: 'heading' as const,
            level: 2 as const,
            text: t('report.raci.withoutLead', { count: withoutLead.length }),
          },
          {
            kind: 'paragraph' as const,
            text: withoutLead.map((a) => `${a.number ?? ''} ${ctx.field(a, 'title')}`).join('; '),
          },
        ]
      : []),
  ];
}

export function implementationChapter(ctx: ReportContext): Block[] {
  const { t, structure } = ctx;
  return [
    { kind: 'heading', level: 1, text: t('report.chapter.implementation') },
    ...(['p1', 'p2', 'p3', 'p4', 'p5'] as const).map((p) => ({
      kind: 'paragraph' as const,
      text: t(`report.impl.${p}`),
    })),
    { kind: 'heading', level: 2, text: t('report.risks.title') },
    {
      kind: 'table',
      columns: [
        { title: t('report.risks.risk'), width: 28 },
        { title: t('report.risk.likelihood'), width: 13 },
        { title: t('report.risk.impact'), width: 13 },
        { title: t('report.risk.score'), width: 8 },
        { title: t('report.risks.mitigation'), width: 28 },
        { title: t('report.risks.owner'), width: 10 },
      ],
      rows: structure.risks.map((r) => [
        { text: ctx.phrase(r.risk) },
        { text: String(r.likelihood), align: 'center' },
        { text: String(r.impact), align: 'center' },
        { text: String(r.score), align: 'center', fill: riskFill(r.score), bold: true },
        { text: ctx.phrase(r.mitigation) },
        { text: ctx.agency(r.ownerId) },
      ]),
    },
  ];
}
