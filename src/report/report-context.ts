import type { TFunction } from 'i18next';
import type { AnswerRecord, AnswerState } from '../domain/assessment/answer';
import type { Assessment } from '../domain/assessment/assessment';
import type { Visibility } from '../domain/conditions/visibility';
import type { PlanAction, PlanModel } from '../domain/plan/build-plan';
import { formatDate, formatNumber, formatQuarter } from '../i18n/format';
import type { Question, Questionnaire } from '../domain/questionnaire/schema';
import { resolveText, type LocalisedText } from '../domain/questionnaire/text';
import type { QuestionnaireIndex } from '../domain/questionnaire/questionnaire-index';
import type { AreaSummary } from '../domain/scoring/current-level';
import type { Prioritisation } from '../domain/scoring/prioritise';
import type { ReviewEntry, ReviewSummary } from '../domain/scoring/review';
import { objectiveText } from './plan-text';
import type { ReportLanguage } from './report-translator';

/** Everything a report is made from; gathered first, then the document is computed from it. */
export interface ReportInput {
  assessment: Assessment;
  questionnaire: Questionnaire;
  index: QuestionnaireIndex;
  records: ReadonlyMap<string, AnswerRecord | AnswerState>;
  visibility: Visibility;
  priorities: Prioritisation;
  areas: AreaSummary[];
  review: ReviewSummary;
  log: ReviewEntry[];
  plan: PlanModel;
  countryName: string;
  language: ReportLanguage;
  /** The date printed on the document. */
  now: number;
  draftVersion: string;
}

export interface ReportContext extends ReportInput {
  t: TFunction;
  text: (value: LocalisedText | undefined) => string;
  agency: (id: string | null | undefined) => string;
  date: (ms: number) => string;
  /** A number in the document's language (decimal comma in Russian). */
  number: (n: number, digits?: number) => string;
  when: (a: PlanAction) => string;
  objective: (a: PlanAction) => string;
  question: (id: string) => Question;
}

export function makeContext(input: ReportInput, t: TFunction): ReportContext {
  const { questionnaire, assessment, language, index } = input;
  const text = (value: LocalisedText | undefined) =>
    value ? resolveText(value, language, questionnaire.defaultLanguage).text : '';
  const agencies = new Map(assessment.roster.map((a) => [a.id, a.acronym || a.name]));
  return {
    ...input,
    t,
    text,
    agency: (id) => (id ? (agencies.get(id) ?? id) : t('report.matrix.unassigned')),
    date: (ms) => formatDate(ms, language),
    when: (a) =>
      `${formatQuarter(a.start, language)} – ${formatQuarter(a.end, language)}${a.beyondHorizon ? ` ${t('report.matrix.beyond')}` : ''}`,
    number: (n, digits = 1) => formatNumber(n, language, digits),
    objective: (a) => objectiveText(t, a),
    question: (id) => index.byId.get(id)!.question,
  };
}
