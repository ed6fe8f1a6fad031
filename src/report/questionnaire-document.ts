import type { AnswerState } from '../domain/assessment/answer';
import type { Assessment } from '../domain/assessment/assessment';
import { formatAnswer, type AnswerWords } from '../domain/assessment/format-answer';
import { computeVisibility } from '../domain/conditions/visibility';
import type { QuestionnaireIndex } from '../domain/questionnaire/questionnaire-index';
import type { Question, Questionnaire } from '../domain/questionnaire/schema';
import { resolveText, type LocalisedText } from '../domain/questionnaire/text';
import { formatDate, formatDayInWords } from '../i18n/format';
import type { Block, Cell, ReportModel } from './report-model';
import { createReportTranslator, type ReportLanguage } from './report-translator';

/** What the questionnaire document is made from: the questionnaire, and optionally an assessment's answers and one agency's part. */
export interface QuestionnaireDocumentInput {
  questionnaire: Questionnaire;
  index: QuestionnaireIndex;
  /** The assessment it is for (title, country, roster, marking); none: the blank questionnaire as published. */
  assessment?: Assessment;
  countryName?: string;
  /** The answers so far; none: blank, with room to answer on paper. */
  answers?: ReadonlyMap<string, AnswerState>;
  /** Only these questions (one agency's assignment), and that agency's name. */
  only?: { questionIds: ReadonlySet<string>; agency: string };
  language: ReportLanguage;
  now: number;
}

const BOX = '☐';
const TICKED = '☒';
/** Empty lines that leave room to write an answer by hand. */
const ROOM = ['', '', ''];

/**
 * The questionnaire as a Word document, for a workshop or to be answered on paper and typed in
 * later: per area, each question with its hint, guidance and references, its levels or options with
 * boxes to tick, room for the answer, a comment and the evidence — or, with answers, what is answered so far.
 */
export function buildQuestionnaireDocument(input: QuestionnaireDocumentInput): ReportModel {
  const { questionnaire, index, assessment, answers, only, language } = input;
  const t = createReportTranslator(language);
  const text = (v: LocalisedText | undefined) =>
    v ? resolveText(v, language, questionnaire.defaultLanguage).text : '';
  const roster = new Map((assessment?.roster ?? []).map((a) => [a.id, a.acronym || a.name]));
  const words: AnswerWords = {
    t: (key, values) => t(key, values),
    text,
    agency: (id) => (id ? (roster.get(id) ?? id) : ''),
    dayText: (iso) => formatDayInWords(iso, language),
  };
  // With answers, what the answers hide is left out; blank, every question is there, the conditional ones marked.
  const visibility = answers ? computeVisibility(index, answers) : undefined;
  const shown = (q: Question) =>
    (!only || only.questionIds.has(q.id)) && (!visibility || visibility.questions.has(q.id));

  const blocks: Block[] = [{ kind: 'contents', title: t('report.contents') }];
  blocks.push(
    { kind: 'heading', level: 1, text: t('qdoc.howTo') },
    { kind: 'paragraph', text: t(answers ? 'qdoc.howToAnswered' : 'qdoc.howToBlank') },
  );
  if (questionnaire.capacityRule)
    blocks.push({ kind: 'paragraph', style: 'note', text: text(questionnaire.capacityRule) });
  for (const area of questionnaire.areas) {
    const entries = index.questions.filter((e) => e.area.id === area.id && shown(e.question));
    if (entries.length === 0) continue;
    blocks.push({ kind: 'heading', level: 1, text: `${area.code ?? ''} ${text(area.title)}`.trim() });
    if (area.description) blocks.push({ kind: 'paragraph', text: text(area.description) });
    let group: string | undefined;
    for (const { question: q, group: g } of entries) {
      if (g && g.id !== group) blocks.push({ kind: 'paragraph', style: 'caption', text: text(g.title) });
      group = g?.id;
      blocks.push(...questionBlocks(q, answers?.get(q.id), answers !== undefined, { t, text, words }));
    }
  }

  const marking = t(`marking.${assessment?.marking ?? 'unclassified'}`);
  const pageOf = t('report.pageOf', { returnObjects: true }) as unknown as [string, string];
  const title = text(questionnaire.title);
  return {
    language,
    cover: {
      title,
      subtitle: assessment
        ? `${assessment.title}${input.countryName ? ` · ${input.countryName}` : ''}`
        : t('qdoc.blankSubtitle'),
      versionLine: t('qdoc.versionLine', {
        version: questionnaire.version,
        date: formatDate(input.now, language),
      }),
      basedOn: [
        t(answers ? 'qdoc.withAnswers' : 'qdoc.blank'),
        ...(only ? [t('qdoc.partOf', { agency: only.agency })] : []),
      ].join(' '),
      marking,
      draft: '',
    },
    header: `${title} ${questionnaire.version} · ${marking}`,
    footer: { pageOf },
    sections: [{ orientation: 'portrait', blocks }],
  };
}

function questionBlocks(
  q: Question,
  state: AnswerState | undefined,
  withAnswers: boolean,
  {
    t,
    text,
    words,
  }: {
    t: (key: string, values?: Record<string, unknown>) => string;
    text: (v: LocalisedText | undefined) => string;
    words: AnswerWords;
  },
): Block[] {
  const out: Block[] = [
    { kind: 'heading', level: 2, text: q.code ? `${q.code} ${text(q.title)}` : text(q.title) },
  ];
  if (q.hint) out.push({ kind: 'paragraph', text: text(q.hint) });
  if (q.condition && !withAnswers)
    out.push({ kind: 'paragraph', style: 'note', text: t('qdoc.conditional') });
  if (q.guidance)
    out.push({ kind: 'paragraph', style: 'note', text: `${t('qdoc.guidance')}: ${text(q.guidance)}` });
  if (q.references.length > 0)
    out.push({
      kind: 'paragraph',
      style: 'note',
      text: `${t('qdoc.references')}: ${q.references.map((r) => `${r.framework} ${r.code}`).join(' · ')}`,
    });
  const mark = (on: boolean) => (on ? TICKED : BOX);
  switch (q.kind) {
    case 'capacity':
      out.push({
        kind: 'table',
        columns: [
          { title: '', width: 6 },
          { title: t('qdoc.level'), width: 10 },
          { title: t('qdoc.descriptor'), width: 84 },
        ],
        rows: q.levels.map((l): Cell[] => [
          { text: mark(state?.value === l.level), align: 'center' },
          { text: String(l.level), align: 'center' },
          { text: text(l.descriptor) },
        ]),
      });
      break;
    case 'singleChoice':
    case 'multipleChoice': {
      const chosen = (id: string) =>
        Array.isArray(state?.value) ? (state.value as unknown[]).includes(id) : state?.value === id;
      out.push({
        kind: 'bullets',
        items: q.options.map((o) => `${mark(chosen(o.id))} ${text(o.label)}`),
      });
      if (q.kind === 'multipleChoice')
        out.push({ kind: 'paragraph', style: 'note', text: t('qdoc.several') });
      break;
    }
    case 'yesPartlyNo':
      out.push({
        kind: 'paragraph',
        text: (['yes', 'partly', 'no'] as const)
          .map((v) => `${mark(state?.value === v)} ${t(`fill.yesPartlyNo.${v}`)}`)
          .join('    '),
      });
      break;
    case 'table': {
      const rows = Array.isArray(state?.value) && state.value.length > 0 ? state.value.length : 0;
      out.push({
        kind: 'table',
        columns: q.columns.map((c) => ({ title: text(c.title), width: Math.floor(100 / q.columns.length) })),
        rows:
          rows > 0
            ? [[{ text: formatAnswer(words, q, state), span: q.columns.length }]]
            : [0, 1, 2].map(() => q.columns.map((): Cell => ({ text: '' }))),
        splitRows: true,
      });
      break;
    }
    default:
      out.push({
        kind: 'table',
        columns: [{ title: t('qdoc.answer'), width: 100 }],
        rows: [
          [
            withAnswers && state && !state.special
              ? { text: formatAnswer(words, q, state) }
              : { text: '', more: ROOM },
          ],
        ],
      });
  }
  const specials = [
    ...(q.allowDontKnow ? [`${mark(state?.special === 'dontKnow')} ${t('fill.special.dontKnow')}`] : []),
    ...(q.allowNotApplicable
      ? [`${mark(state?.special === 'notApplicable')} ${t('fill.special.notApplicable')}`]
      : []),
  ];
  if (specials.length > 0) out.push({ kind: 'paragraph', text: specials.join('    ') });
  out.push({
    kind: 'table',
    columns: [
      { title: t('qdoc.notes'), width: 22 },
      { title: '', width: 78 },
    ],
    rows: [
      [
        { text: t('fill.comment'), bold: true },
        state?.comment ? { text: state.comment } : { text: '', more: withAnswers ? [] : [''] },
      ],
      [
        { text: t('fill.evidence'), bold: true },
        state?.evidence ? { text: state.evidence } : { text: '', more: withAnswers ? [] : [''] },
      ],
    ],
  });
  return out;
}
