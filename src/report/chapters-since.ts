import type { EarlierAssessment, ReportContext } from './report-context';
import { LEVEL_FILL, type Block, type Cell } from './report-model';

/**
 * "Progress since the last assessment": the summary of the change, capacity by area then and now, and
 * every indicator whose level moved (or that was added or removed), with the plan actions done in between.
 */
export function sinceChapter(ctx: ReportContext, earlier: EarlierAssessment): Block[] {
  const { t, comparison } = { t: ctx.t, comparison: earlier.comparison };
  const dates = { before: ctx.dayText(comparison.before), after: ctx.dayText(comparison.after) };
  const level = (n: number | null): Cell => ({
    text: n === null ? '—' : ctx.number(n),
    align: 'center',
    fill: n === null ? undefined : LEVEL_FILL[Math.round(n)],
  });
  const change = (n: number | null): Cell => ({
    text: n === null ? '—' : `${n > 0 ? '+' : ''}${ctx.number(n)}`,
    align: 'center',
  });
  const areaOf = (id: string) =>
    ctx.questionnaire.areas.find((a) => a.id === id) ?? earlier.areas.find((a) => a.id === id);
  const questionOf = (id: string) => ctx.index.byId.get(id)?.question ?? earlier.index.byId.get(id)?.question;
  const moved = comparison.indicators.filter(
    (i) => i.presence !== 'both' || (i.change !== null && i.change !== 0),
  );
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: t('report.since.heading') },
    {
      kind: 'paragraph',
      text: t('report.since.intro', { earlier: earlier.title, ...dates, ...comparison.summary }),
    },
    {
      kind: 'table',
      columns: [
        { title: t('report.since.area'), width: 40 },
        { title: t('report.since.then', dates), width: 14 },
        { title: t('report.since.now', dates), width: 14 },
        { title: t('report.since.change'), width: 11 },
        { title: t('report.since.higher'), width: 7 },
        { title: t('report.since.lower'), width: 7 },
        { title: t('report.since.same'), width: 7 },
      ],
      rows: comparison.areas.map((a) => {
        const area = areaOf(a.areaId);
        return [
          { text: area ? `${area.code ?? ''} ${ctx.text(area.title)}`.trim() : a.areaId },
          level(a.before),
          level(a.after),
          change(a.change),
          { text: String(a.improved), align: 'center' },
          { text: String(a.worse), align: 'center' },
          { text: String(a.same), align: 'center' },
        ];
      }),
      caption: t('report.since.areaCaption', dates),
      repeatHeader: true,
    },
    { kind: 'heading', level: 2, text: t('report.since.indicators') },
  ];
  if (moved.length === 0) {
    blocks.push({ kind: 'paragraph', text: t('report.since.noChange') });
    return blocks;
  }
  blocks.push({
    kind: 'table',
    columns: [
      { title: t('report.since.indicator'), width: 48 },
      { title: t('report.since.then', dates), width: 13 },
      { title: t('report.since.now', dates), width: 13 },
      { title: t('report.since.change'), width: 10 },
      { title: t('report.since.actionsDone'), width: 16 },
    ],
    rows: moved.map((i) => {
      const q = questionOf(i.questionId);
      const name = q ? `${q.code ?? q.id} ${ctx.text(q.title)}` : i.questionId;
      return [
        {
          text: name,
          more: i.presence === 'both' ? undefined : [t(`report.since.presence.${i.presence}`)],
        },
        level(i.before),
        level(i.after),
        change(i.change),
        { text: i.actionsDone.join(', ') || '—' },
      ];
    }),
    caption: t('report.since.indicatorCaption'),
    repeatHeader: true,
    splitRows: true,
  });
  return blocks;
}
