import { describeReviewEntry } from '../i18n/review-entry-text';
import type { ReviewEntry } from '../domain/scoring/review';
import { formatAnswer } from '../domain/assessment/format-answer';
import type { ReportContext } from './report-context';
import type { Block } from './report-model';

export function answersAnnex(ctx: ReportContext, heading: string): Block[] {
  const { t } = ctx;
  const tables = ctx.index.questions.filter(
    (e) => e.question.kind === 'table' && ctx.visibility.questions.has(e.question.id),
  );
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: heading },
    { kind: 'paragraph', text: t('report.annexA.intro') },
    ...(ctx.options.contextTables
      ? []
      : [
          {
            kind: 'paragraph' as const,
            style: 'note' as const,
            text: t('report.annexA.tablesLeftOut', {
              count: tables.length,
              tables: tables.map((e) => e.question.code ?? ctx.text(e.question.title)).join(', '),
            }),
          },
        ]),
  ];
  for (const area of ctx.questionnaire.areas) {
    const shown = ctx.index.questions.filter(
      (e) =>
        e.area.id === area.id &&
        ctx.visibility.questions.has(e.question.id) &&
        (ctx.options.contextTables || e.question.kind !== 'table'),
    );
    if (shown.length === 0) continue;
    blocks.push(
      { kind: 'heading', level: 2, text: `${area.code ?? ''} ${ctx.text(area.title)}`.trim() },
      {
        kind: 'table',
        repeatHeader: true,
        columns: [
          { title: t('report.annexA.question'), width: 38 },
          { title: t('report.annexA.answer'), width: 34 },
          { title: t('report.annexA.notes'), width: 28 },
        ],
        rows: shown.map(({ question }) => {
          const state = ctx.records.get(question.id);
          const author = state && 'author' in state && state.author ? state.author : undefined;
          const notes = [
            state?.comment && t('report.annexA.comment', { text: state.comment }),
            state?.evidence && t('report.annexA.evidence', { text: state.evidence }),
            author && `— ${author}`,
          ].filter((x): x is string => Boolean(x));
          const [answer = '', ...more] = formatAnswer(ctx, question, state).split('\n');
          return [
            { text: `${question.code ?? ''} ${ctx.text(question.title)}`.trim() },
            { text: answer, more },
            { text: notes[0] ?? '', more: notes.slice(1) },
          ];
        }),
      },
    );
  }
  return blocks;
}

function describeEntry(ctx: ReportContext, e: ReviewEntry): string {
  const subject = 'indicatorId' in e ? `${ctx.question(e.indicatorId).code ?? e.indicatorId}: ` : '';
  return (
    subject +
    describeReviewEntry(ctx.t, e, {
      scenario: (id) => ctx.text(ctx.question(id).title),
      area: (id) => {
        const area = ctx.questionnaire.areas.find((a) => a.id === id);
        return area ? `${area.code ?? area.id} ${ctx.text(area.title)}` : id;
      },
    })
  );
}

export function reviewAnnex(ctx: ReportContext, heading: string): Block[] {
  const { t } = ctx;
  const title: Block = { kind: 'heading', level: 1, text: heading };
  if (ctx.log.length === 0) return [title, { kind: 'paragraph', text: t('report.annexB.none') }];
  return [
    title,
    {
      kind: 'table',
      repeatHeader: true,
      columns: [
        { title: t('report.annexB.when'), width: 18 },
        { title: t('report.annexB.who'), width: 18 },
        { title: t('report.annexB.what'), width: 64 },
      ],
      rows: ctx.log.map((e) => [
        { text: ctx.date(e.at) },
        { text: e.reviewer || '—' },
        { text: describeEntry(ctx, e) },
      ]),
    },
  ];
}

export function teamAnnex(ctx: ReportContext, heading: string): Block[] {
  const { t } = ctx;
  const roles = new Map(ctx.questionnaire.agencyRoles.map((r) => [r.id, ctx.text(r.label)]));
  return [
    { kind: 'heading', level: 1, text: heading },
    {
      kind: 'table',
      repeatHeader: true,
      columns: [
        { title: t('report.annexC.agency'), width: 36 },
        { title: t('report.annexC.acronym'), width: 12 },
        { title: t('report.annexC.role'), width: 30 },
        { title: t('report.annexC.focal'), width: 22 },
      ],
      rows: ctx.assessment.roster.map((a) => [
        { text: a.name },
        { text: a.acronym },
        { text: roles.get(a.role) ?? '' },
        { text: a.focalPerson },
      ]),
    },
  ];
}

export function glossaryAnnex(ctx: ReportContext, heading: string): Block[] {
  const { t } = ctx;
  const entries = t('report.glossary', { returnObjects: true }) as unknown as [string, string][];
  return [
    { kind: 'heading', level: 1, text: heading },
    {
      kind: 'table',
      columns: [
        { title: t('report.annexD.term'), width: 25 },
        { title: t('report.annexD.meaning'), width: 75 },
      ],
      rows: entries.map(([term, meaning]) => [{ text: term, bold: true }, { text: meaning }]),
    },
  ];
}

export function droppedAnnex(ctx: ReportContext, heading: string): Block[] {
  const { t } = ctx;
  const dropped = ctx.plan.areas.flatMap((area) =>
    area.actions.filter((a) => a.status === 'dropped').map((a) => ({ area, a })),
  );
  if (dropped.length === 0) return [];
  return [
    { kind: 'heading', level: 1, text: heading },
    {
      kind: 'table',
      columns: [
        { title: t('report.matrix.action'), width: 50 },
        { title: t('report.annexE.reason'), width: 50 },
      ],
      rows: dropped.map(({ area, a }) => [
        { text: `${area.code} — ${ctx.field(a, 'title')}` },
        { text: ctx.field(a, 'dropReason') },
      ]),
    },
  ];
}

/** Each indicator's framework references in one table, so the plan reads against the country's other reports. */
export function crosswalkAnnex(ctx: ReportContext, heading: string): Block[] {
  const { t } = ctx;
  const frameworks = [
    ...new Set(
      ctx.index.questions.flatMap((e) =>
        e.question.scoring ? e.question.references.map((r) => r.framework) : [],
      ),
    ),
  ];
  const rows = ctx.index.questions
    .filter((e) => e.question.scoring && e.question.references.length > 0)
    .map(({ question }) => [
      { text: question.code ?? question.id, bold: true },
      { text: ctx.text(question.title) },
      {
        text: frameworks
          .flatMap((f) => {
            const refs = question.references.filter((r) => r.framework === f);
            if (refs.length === 0) return [];
            const edition = refs.find((r) => r.edition)?.edition;
            return [
              `${t(`report.framework.${f}`)} ${refs.map((r) => r.code).join(', ')}${edition ? ` (${edition})` : ''}`,
            ];
          })
          .join('; '),
      },
    ]);
  return [
    { kind: 'heading', level: 1, text: heading },
    { kind: 'paragraph', text: t('report.crosswalk.intro') },
    {
      kind: 'table',
      repeatHeader: true,
      columns: [
        { title: t('report.crosswalk.code'), width: 10 },
        { title: t('report.gap.indicator'), width: 45 },
        { title: t('report.crosswalk.references'), width: 45 },
      ],
      rows,
    },
  ];
}
