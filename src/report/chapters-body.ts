import type { ReportContext } from './report-context';
import { LEVEL_FILL, TIER_FILL, type Block, type Cell } from './report-model';

/** The level and target of each assessed indicator, from the ranked and the at-target rows. */
function levels(ctx: ReportContext) {
  const out = new Map<string, { current: number; target: number; tier?: 'high' | 'medium' | 'low' }>();
  for (const r of ctx.priorities.ranked)
    out.set(r.questionId, { current: r.explanation.current, target: r.explanation.target, tier: r.tier });
  for (const r of ctx.priorities.atTarget)
    if (r.result.assessed)
      out.set(r.questionId, { current: r.result.level, target: r.target ?? r.result.level });
  return out;
}

const shownIndicators = (ctx: ReportContext, areaId: string) =>
  ctx.index.questions.filter(
    (e) => e.area.id === areaId && e.question.scoring && ctx.visibility.questions.has(e.question.id),
  );

export function gapAnalysis(ctx: ReportContext): Block[] {
  const { t, priorities, questionnaire } = ctx;
  const level = levels(ctx);
  const bars = questionnaire.areas.map((area) => {
    const summary = ctx.areas.find((a) => a.areaId === area.id);
    const targets = [
      ...priorities.ranked.filter((r) => r.areaId === area.id).map((r) => r.explanation.target),
      ...priorities.atTarget.filter((r) => r.areaId === area.id).map((r) => r.target ?? 0),
    ];
    return {
      code: area.code ?? area.id,
      current: summary?.mean ?? null,
      target: targets.length ? targets.reduce((a, b) => a + b, 0) / targets.length : null,
    };
  });
  const rows: Cell[][] = [];
  const notAssessed: string[] = [];
  for (const area of questionnaire.areas) {
    const indicators = shownIndicators(ctx, area.id);
    if (indicators.length === 0) continue;
    const summary = ctx.areas.find((a) => a.areaId === area.id);
    const mine = indicators.map((e) => level.get(e.question.id));
    const missing = indicators.filter((e) => !level.has(e.question.id));
    if (missing.length)
      notAssessed.push(
        `${area.code ?? area.id}: ${missing.map((e) => e.question.code ?? e.question.id).join(', ')}`,
      );
    rows.push([
      { text: `${area.code ?? ''} ${ctx.text(area.title)}`.trim() },
      { text: `${summary?.assessed ?? 0} / ${indicators.length}`, align: 'center' },
      summary?.mean === undefined
        ? { text: '—', align: 'center' }
        : { text: ctx.number(summary.mean), align: 'center', fill: LEVEL_FILL[Math.round(summary.mean)] },
      { text: String(mine.filter((l) => l && l.current >= 3).length), align: 'center' },
      { text: String(mine.filter((l) => l && l.current < l.target).length), align: 'center' },
      { text: String(mine.filter((l) => l?.tier === 'high').length), align: 'center' },
    ]);
  }
  return [
    { kind: 'heading', level: 1, text: t('report.ch5') },
    { kind: 'paragraph', text: t('report.gap.intro2') },
    barTable(ctx, bars),
    { kind: 'paragraph', style: 'caption', text: t('report.gap.chartTitle') },
    {
      kind: 'table',
      repeatHeader: true,
      columns: [
        { title: t('review.area'), width: 40 },
        { title: t('report.gap.assessed'), width: 12 },
        { title: t('report.ctx.mean'), width: 12 },
        { title: t('report.gap.inPlaceCount'), width: 12 },
        { title: t('report.gap.gapsCount'), width: 12 },
        { title: t('tier.high'), width: 12 },
      ],
      rows,
    },
    ...(notAssessed.length
      ? [
          {
            kind: 'paragraph' as const,
            style: 'note' as const,
            text: `${t('report.gap.notAssessedList')}: ${notAssessed.join('; ')}`,
          },
        ]
      : []),
  ];
}

/** Per indicator: what the current level achieves and what the next levels up to the target add. */
export function gapAnnex(ctx: ReportContext, heading: string): Block[] {
  const { t, questionnaire } = ctx;
  const level = levels(ctx);
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: heading },
    { kind: 'paragraph', text: t('report.gap.annexIntro') },
  ];
  const descriptor = (id: string, n: number) => {
    const q = ctx.question(id);
    return q.kind === 'capacity' ? ctx.text(q.levels.find((l) => l.level === n)?.descriptor) : '';
  };
  for (const area of questionnaire.areas) {
    const assessed = shownIndicators(ctx, area.id).filter((e) => level.has(e.question.id));
    if (assessed.length === 0) continue;
    blocks.push(
      { kind: 'heading', level: 2, text: `${area.code ?? ''} ${ctx.text(area.title)}`.trim() },
      {
        kind: 'table',
        repeatHeader: true,
        columns: [
          { title: t('report.gap.indicator'), width: 26 },
          { title: t('report.gap.level'), width: 10 },
          { title: t('report.gap.strengths'), width: 30 },
          { title: t('report.gap.toTarget'), width: 34 },
        ],
        rows: assessed.map(({ question }) => {
          const { current, target } = level.get(question.id)!;
          const next = Array.from({ length: Math.max(0, target - current) }, (_, i) => current + i + 1);
          const comment = ctx.records.get(question.id)?.comment;
          return [
            { text: `${question.code ?? ''} ${ctx.text(question.title)}`.trim() },
            { text: `${current} → ${target}`, align: 'center', fill: LEVEL_FILL[current] },
            {
              text: current <= 1 ? t('report.gap.nothing') : descriptor(question.id, current),
              more: comment ? [t('report.annexA.comment', { text: comment })] : [],
            },
            next.length
              ? {
                  text: t('report.gap.levelLine', {
                    level: next[0],
                    text: descriptor(question.id, next[0]!),
                  }),
                  more: next
                    .slice(1)
                    .map((n) => t('report.gap.levelLine', { level: n, text: descriptor(question.id, n) })),
                }
              : { text: t('report.gap.atTarget') },
          ];
        }),
      },
    );
  }
  return blocks;
}

/** Steps of half a level along the 1–5 scale, drawn as shaded cells. */
const STEPS = [0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5];

/**
 * Capacity by area as a bar chart drawn with table cells: dark up to the mean current level, light up
 * to the mean target. It looks the same in Word and LibreOffice and stays editable.
 */
function barTable(
  ctx: ReportContext,
  bars: { code: string; current: number | null; target: number | null }[],
): Block {
  const { t } = ctx;
  return {
    kind: 'table',
    columns: [
      { title: t('review.area'), width: 12 },
      { title: t('report.gap.current'), width: 10 },
      { title: t('report.gap.target'), width: 10 },
      ...STEPS.map((step) => ({ title: Number.isInteger(step) ? String(step) : '', width: 6.8 })),
    ],
    rows: bars.map((b) => [
      { text: b.code, bold: true },
      { text: b.current === null ? '—' : ctx.number(b.current), align: 'center' },
      { text: b.target === null ? '—' : ctx.number(b.target), align: 'center' },
      ...STEPS.map((step) => ({
        text: '',
        fill:
          b.current !== null && step <= b.current + 0.25
            ? '1D3557'
            : b.target !== null && step <= b.target + 0.25
              ? 'C9D3E0'
              : undefined,
      })),
    ]),
  };
}

/** Every live action, by objective (priority actions first), in a landscape table with repeated headers. */
export function actionMatrix(ctx: ReportContext, heading: string): Block[] {
  const { t } = ctx;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: heading },
    { kind: 'paragraph', text: t('report.matrix.intro2') },
  ];
  const columns = [
    { title: t('report.matrix.no'), width: 6 },
    { title: t('report.matrix.action'), width: 32 },
    { title: t('report.matrix.type'), width: 9 },
    { title: t('report.matrix.priority'), width: 8 },
    { title: t('report.matrix.lead'), width: 7 },
    { title: t('report.matrix.support'), width: 9 },
    { title: t('report.matrix.when'), width: 9 },
    { title: t('report.matrix.achievement'), width: 12 },
    { title: t('report.matrix.cost'), width: 8 },
  ];
  for (const o of ctx.structure.objectives) {
    const rows: Cell[][] = [];
    let group: string | undefined;
    for (const a of o.actions) {
      // Priority actions first, then the others by the indicator they raise; an area's own action
      // tied to no indicator comes under "other actions", never under another's objective.
      const current = a.priority
        ? t('report.matrix.priorityGroup')
        : ctx.objective(a) || t('report.matrix.otherActions');
      if (current !== group) rows.push([{ text: current, bold: true, span: columns.length, fill: 'E9EDF3' }]);
      group = current;
      const description = ctx.field(a, 'description');
      rows.push([
        { text: a.number ?? '', align: 'center' },
        { text: ctx.field(a, 'title'), bold: true, more: description ? [description] : [] },
        { text: t(`report.type.${a.type}`) },
        { text: t(`tier.${a.tier}`), fill: TIER_FILL[a.tier], align: 'center' },
        { text: ctx.agency(a.leadAgencyId) },
        { text: a.supportAgencyIds.map((id) => ctx.agency(id)).join(', ') || '—' },
        { text: ctx.when(a) },
        { text: ctx.field(a, 'achievement') },
        {
          text: t(`report.cost.${a.costBand}`),
          more: a.fundingSource ? [t(`plan.funding.${a.fundingSource}`)] : [],
          align: 'center',
        },
      ]);
    }
    blocks.push(
      { kind: 'heading', level: 2, text: ctx.objectiveTitle(o) },
      { kind: 'table', repeatHeader: true, columns, rows },
    );
  }
  return blocks;
}
