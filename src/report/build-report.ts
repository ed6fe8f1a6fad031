import { actionMatrix, gapAnalysis, implementation, objectives } from './chapters-body';
import { answersAnnex, droppedAnnex, glossaryAnnex, reviewAnnex, teamAnnex } from './chapters-annex';
import { contextChapter, executiveSummary, methodology, riskChapter } from './chapters-front';
import { makeContext, type ReportInput } from './report-context';
import type { ReportModel } from './report-model';
import { createReportTranslator } from './report-translator';

/** The draft National CBRN Action Plan as a document model, in the input's language. */
export function buildReport(input: ReportInput): ReportModel {
  const t = createReportTranslator(input.language);
  const ctx = makeContext(input, t);
  const marking = t(`marking.${input.assessment.marking}`);
  const pageOf = t('report.pageOf', { returnObjects: true }) as unknown as [string, string];
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
      marking,
      draft: t('report.draft'),
    },
    header: `${t('report.draft')} · ${marking}`,
    footer: { pageOf },
    sections: [
      { orientation: 'portrait', blocks: [{ kind: 'contents', title: t('report.contents') }] },
      {
        orientation: 'portrait',
        blocks: [
          ...executiveSummary(ctx),
          ...contextChapter(ctx),
          ...methodology(ctx),
          ...riskChapter(ctx),
          ...gapAnalysis(ctx),
          ...objectives(ctx),
        ],
      },
      { orientation: 'landscape', blocks: actionMatrix(ctx) },
      {
        orientation: 'portrait',
        blocks: [
          ...implementation(ctx),
          ...answersAnnex(ctx),
          ...reviewAnnex(ctx),
          ...teamAnnex(ctx),
          ...glossaryAnnex(ctx),
          ...droppedAnnex(ctx),
        ],
      },
    ],
  };
}
