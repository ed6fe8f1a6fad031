import { actionMatrix, gapAnalysis, gapAnnex } from './chapters-body';
import {
  answersAnnex,
  crosswalkAnnex,
  droppedAnnex,
  glossaryAnnex,
  reviewAnnex,
  teamAnnex,
} from './chapters-annex';
import { contextChapter, executiveSummary, methodology, partialWarning, riskChapter } from './chapters-front';
import {
  budgetChapter,
  ganttChapter,
  implementationChapter,
  objectivesChapter,
  responsibilityChapter,
  resultsChapter,
  visionChapter,
} from './chapters-plan';
import { sinceChapter } from './chapters-since';
import { annexLetter, makeContext, type ReportContext, type ReportInput } from './report-context';
import type { Block, ReportModel, ReportSection } from './report-model';
import { createReportTranslator } from './report-translator';

type Chapter = (ctx: ReportContext) => Block[];
type Annex = (ctx: ReportContext, heading: string) => Block[];

/**
 * The draft National CBRN Action Plan as a document model, in the input's language: the main body
 * (summary, vision, context, method, risks, gaps, objectives, results framework, timeline, budget,
 * responsibilities, implementation and its risks), then the annexes lettered as the language letters them.
 */
export function buildReport(input: ReportInput): ReportModel {
  const t = createReportTranslator(input.language);
  const ctx = makeContext(input, t);
  const marking = t(`marking.${input.assessment.marking}`);
  const pageOf = t('report.pageOf', { returnObjects: true }) as unknown as [string, string];

  // Chapters are numbered in order; each title key is the chapter's name without its number.
  let chapter = 0;
  const numbered =
    (key: string, body: (ctx: ReportContext, heading: string) => Block[]) =>
    (c: ReportContext): Block[] => {
      chapter++;
      return body(c, `${chapter}. ${t(key)}`);
    };
  const withHeading = (f: Chapter) => (c: ReportContext, heading: string) => {
    const [first, ...rest] = f(c);
    return first?.kind === 'heading' ? [{ ...first, text: heading }, ...rest] : [first!, ...rest];
  };
  const portrait = (chapters: Chapter[]): ReportSection => ({
    orientation: 'portrait',
    blocks: chapters.flatMap((f) => f(ctx)),
  });
  const landscape = (chapters: Chapter[]): ReportSection => ({
    orientation: 'landscape',
    blocks: chapters.flatMap((f) => f(ctx)),
  });
  const body = [
    portrait([
      numbered('report.chapter.summary', withHeading(executiveSummary)),
      numbered('report.chapter.vision', withHeading(visionChapter)),
      numbered('report.chapter.context', withHeading(contextChapter)),
      ...(input.earlier
        ? [
            numbered(
              'report.chapter.since',
              withHeading((c) => sinceChapter(c, input.earlier!)),
            ),
          ]
        : []),
      numbered('report.chapter.method', withHeading(methodology)),
      numbered('report.chapter.risk', withHeading(riskChapter)),
      numbered('report.chapter.gaps', withHeading(gapAnalysis)),
      numbered('report.chapter.objectives', withHeading(objectivesChapter)),
    ]),
    landscape([
      numbered('report.chapter.results', withHeading(resultsChapter)),
      numbered('report.chapter.timeline', withHeading(ganttChapter)),
    ]),
    portrait([
      numbered('report.chapter.budget', withHeading(budgetChapter)),
      numbered('report.chapter.responsibilities', withHeading(responsibilityChapter)),
      numbered('report.chapter.implementation', withHeading(implementationChapter)),
    ]),
  ];

  let annexes = 0;
  const annex =
    (key: string, f: Annex) =>
    (c: ReportContext): Block[] =>
      f(c, t('report.annex', { letter: annexLetter(annexes++, input.language), title: t(key) }));
  const dropped = input.plan.areas.some((a) => a.actions.some((x) => x.status === 'dropped'));
  const annexSections = [
    landscape([annex('report.annexTitle.matrix', actionMatrix)]),
    portrait([
      annex('report.annexTitle.gaps', gapAnnex),
      annex('report.annexTitle.crosswalk', crosswalkAnnex),
      ...(input.options.answersAnnex ? [annex('report.annexTitle.answers', answersAnnex)] : []),
      annex('report.annexTitle.review', reviewAnnex),
      annex('report.annexTitle.team', teamAnnex),
      annex('report.annexTitle.glossary', glossaryAnnex),
      ...(dropped ? [annex('report.annexTitle.dropped', droppedAnnex)] : []),
    ]),
  ];
  return {
    language: input.language,
    cover: {
      title: t('report.title'),
      subtitle: t('report.subtitle', {
        country: input.countryName,
        start: input.plan.startMonth.slice(0, 4),
        end: input.plan.endMonth.slice(0, 4),
      }),
      versionLine: t('report.versionLine', { version: input.draftVersion, date: ctx.date(input.now) }),
      basedOn: t('report.basedOn', {
        questionnaire: ctx.text(input.questionnaire.title),
        qversion: input.questionnaire.version,
        state: t(`reviewState.${input.review.state}`),
      }),
      warning: input.structure.completeness.partial ? partialWarning(ctx) : undefined,
      marking,
      draft: t('report.draft'),
    },
    header: `${t('report.draft')} · ${marking}`,
    footer: { pageOf },
    sections: [
      { orientation: 'portrait', blocks: [{ kind: 'contents', title: t('report.contents') }] },
      ...body,
      ...annexSections,
    ],
  };
}
