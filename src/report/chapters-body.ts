import type { ReportContext } from './report-context';
import { LEVEL_FILL, TIER_FILL, type Block, type Cell } from './report-model';

export function gapAnalysis(ctx: ReportContext): Block[] {
  const { t, priorities, questionnaire } = ctx;
  const rowOf = new Map(priorities.ranked.map((r) => [r.questionId, r]));
  const atTarget = new Map(priorities.atTarget.map((r) => [r.questionId, r]));
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
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: t('report.ch5') },
    { kind: 'paragraph', text: t('report.gap.intro') },
    barTable(ctx, bars),
    { kind: 'paragraph', style: 'caption', text: t('report.gap.chartTitle') },
  ];
  for (const area of questionnaire.areas) {
    const indicators = ctx.index.questions.filter(
      (e) => e.area.id === area.id && e.question.scoring && ctx.visibility.questions.has(e.question.id),
    );
    if (indicators.length === 0) continue;
    const summary = ctx.areas.find((a) => a.areaId === area.id)!;
    const rows: Cell[][] = indicators.map(({ question }) => {
      const ranked = rowOf.get(question.id);
      const done = atTarget.get(question.id);
      const current = ranked?.explanation.current ?? (done?.result.assessed ? done.result.level : undefined);
      const target = ranked?.explanation.target ?? done?.target;
      return [
        { text: `${question.code ?? ''} ${ctx.text(question.title)}`.trim() },
        current === undefined
          ? { text: t('report.gap.notAssessed'), align: 'center' }
          : { text: String(current), align: 'center', fill: LEVEL_FILL[current] },
        { text: target === undefined ? '—' : String(target), align: 'center' },
        {
          text: ranked ? String(ranked.explanation.gap) : current === undefined ? '—' : '0',
          align: 'center',
        },
        ranked
          ? { text: t(`tier.${ranked.tier}`), fill: TIER_FILL[ranked.tier], align: 'center' }
          : { text: '—', align: 'center' },
      ];
    });
    const levelOf = (id: string) =>
      rowOf.get(id)?.explanation.current ??
      (atTarget.get(id)?.result.assessed ? (atTarget.get(id)!.result as { level: number }).level : undefined);
    const strengths = indicators.filter((e) => (levelOf(e.question.id) ?? 0) >= 4);
    const weaknesses = indicators.filter((e) => {
      const level = levelOf(e.question.id);
      return level !== undefined && level <= 2;
    });
    const describe = (id: string) => {
      const q = ctx.question(id);
      const level = levelOf(id)!;
      const descriptor =
        q.kind === 'capacity' ? ctx.text(q.levels.find((l) => l.level === level)?.descriptor) : '';
      const comment = ctx.records.get(id)?.comment;
      return `${q.code ?? ''} — ${descriptor}${comment ? ` (${comment})` : ''}`.trim();
    };
    blocks.push(
      { kind: 'heading', level: 2, text: `${area.code ?? ''} ${ctx.text(area.title)}`.trim() },
      {
        kind: 'paragraph',
        text: t('report.gap.summary', {
          assessed: summary.assessed,
          count: indicators.length,
          mean: summary.mean === undefined ? '—' : ctx.number(summary.mean),
        }),
      },
      {
        kind: 'table',
        repeatHeader: true,
        columns: [
          { title: t('report.gap.indicator'), width: 58 },
          { title: t('report.gap.current'), width: 11 },
          { title: t('report.gap.target'), width: 10 },
          { title: t('report.gap.gap'), width: 9 },
          { title: t('report.gap.tier'), width: 12 },
        ],
        rows,
      },
      { kind: 'heading', level: 3, text: t('report.gap.strengths') },
      strengths.length
        ? { kind: 'bullets', items: strengths.map((e) => describe(e.question.id)) }
        : { kind: 'paragraph', text: t('report.gap.none') },
      { kind: 'heading', level: 3, text: t('report.gap.weaknesses') },
      weaknesses.length
        ? { kind: 'bullets', items: weaknesses.map((e) => describe(e.question.id)) }
        : { kind: 'paragraph', text: t('report.gap.none') },
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

export function objectives(ctx: ReportContext): Block[] {
  const { t } = ctx;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: t('report.ch6') },
    { kind: 'paragraph', text: t('report.obj.intro') },
  ];
  for (const area of ctx.plan.areas) {
    const seen = new Set<string>();
    const items = area.actions.flatMap((a) => {
      if (a.status === 'dropped' || !a.indicatorId || seen.has(a.indicatorId)) return [];
      seen.add(a.indicatorId);
      return [`${ctx.objective(a)} — ${t(`tier.${a.tier}`)}`];
    });
    if (items.length)
      blocks.push(
        { kind: 'heading', level: 2, text: `${area.code} ${area.title}` },
        { kind: 'bullets', items },
      );
  }
  return blocks;
}

export function actionMatrix(ctx: ReportContext): Block[] {
  const { t } = ctx;
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: t('report.ch7') },
    { kind: 'paragraph', text: t('report.matrix.intro') },
  ];
  const columns = [
    { title: t('report.matrix.no'), width: 6 },
    { title: t('report.matrix.action'), width: 34 },
    { title: t('report.matrix.type'), width: 9 },
    { title: t('report.matrix.priority'), width: 7 },
    { title: t('report.matrix.lead'), width: 7 },
    { title: t('report.matrix.support'), width: 8 },
    { title: t('report.matrix.when'), width: 9 },
    { title: t('report.matrix.achievement'), width: 13 },
    { title: t('report.matrix.cost'), width: 7 },
  ];
  for (const area of ctx.plan.areas) {
    const live = area.actions.filter((a) => a.status !== 'dropped');
    if (live.length === 0) continue;
    const rows: Cell[][] = [];
    let objective: string | undefined;
    live.forEach((a) => {
      // One row per objective (the indicator the actions raise), then its actions; an action of the
      // area's own, tied to no indicator, comes under "other actions", never under another's objective.
      const current = ctx.objective(a) || t('report.matrix.otherActions');
      if (current && current !== objective)
        rows.push([
          {
            text: `${t('report.matrix.objective')}: ${current}`,
            bold: true,
            span: columns.length,
            fill: 'E9EDF3',
          },
        ]);
      objective = current;
      rows.push([
        { text: a.number ?? '', align: 'center' },
        { text: a.title, bold: true, more: a.description ? [a.description] : [] },
        { text: t(`report.type.${a.type}`) },
        { text: t(`tier.${a.tier}`), fill: TIER_FILL[a.tier], align: 'center' },
        { text: ctx.agency(a.leadAgencyId) },
        { text: a.supportAgencyIds.map((id) => ctx.agency(id)).join(', ') || '—' },
        { text: ctx.when(a) },
        { text: a.achievement },
        { text: t(`report.cost.${a.costBand}`), align: 'center' },
      ]);
    });
    const priority = live.flatMap((a) => (a.priority ? [`${a.number ?? ''} ${a.title}`] : []));
    blocks.push(
      { kind: 'heading', level: 2, text: `${area.code} ${area.title}` },
      ...(priority.length
        ? [
            {
              kind: 'paragraph' as const,
              text: t('report.matrix.priorities', { actions: priority.join('; ') }),
            },
          ]
        : []),
      { kind: 'table', repeatHeader: true, columns, rows },
    );
  }
  return blocks;
}

export function implementation(ctx: ReportContext): Block[] {
  const { t } = ctx;
  return [
    { kind: 'heading', level: 1, text: t('report.ch8') },
    ...(['p1', 'p2', 'p3', 'p4', 'p5'] as const).map((p) => ({
      kind: 'paragraph' as const,
      text: t(`report.impl.${p}`),
    })),
  ];
}
