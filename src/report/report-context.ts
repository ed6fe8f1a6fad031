import type { TFunction } from 'i18next';
import type { AnswerRecord, AnswerState } from '../domain/assessment/answer';
import type { Assessment } from '../domain/assessment/assessment';
import type { Visibility } from '../domain/conditions/visibility';
import type { PlanAction, PlanModel } from '../domain/plan/build-plan';
import { formatDate, formatDayInWords, formatNumber, formatQuarter } from '../i18n/format';
import type { Comparison } from '../domain/monitoring/compare';
import type { Area, Question, Questionnaire } from '../domain/questionnaire/schema';
import { resolveText, type LocalisedText } from '../domain/questionnaire/text';
import type { QuestionnaireIndex } from '../domain/questionnaire/questionnaire-index';
import type { AreaSummary } from '../domain/scoring/current-level';
import type { Prioritisation } from '../domain/scoring/prioritise';
import type { ReviewEntry, ReviewSummary } from '../domain/scoring/review';
import type { PlanEdits } from '../domain/plan/plan-edits';
import type { Phrase } from '../domain/plan/phrase';
import type { PlanObjective } from '../domain/plan/objectives';
import type { PlanStructure } from '../domain/plan/plan-structure';
import { actionText, objectiveText, phraseText } from './plan-text';
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
  /** Objectives, results framework, budget, responsibilities and risks of the plan. */
  structure: PlanStructure;
  edits: PlanEdits;
  options: ReportOptions;
  countryName: string;
  language: ReportLanguage;
  /** The date printed on the document. */
  now: number;
  draftVersion: string;
  /** For a re-assessment: the earlier assessment, for the chapter on progress since. */
  earlier?: EarlierAssessment;
}

/** The earlier assessment a re-assessment's plan reports progress against (see services/comparison). */
export interface EarlierAssessment {
  title: string;
  comparison: Comparison;
  /** The earlier questionnaire's index and areas, for indicators and areas no longer asked. */
  index: QuestionnaireIndex;
  areas: readonly Area[];
}

/** What the drafter chose to leave out of the document at export. */
export interface ReportOptions {
  /** The annex of every answer of the National Team. */
  answersAnnex: boolean;
  /** Context tables (facility lists, laboratories, source holders, incidents, staffing) in that annex. */
  contextTables: boolean;
}
export const DEFAULT_REPORT_OPTIONS: ReportOptions = { answersAnnex: true, contextTables: true };

/** Annex letters as each language numbers annexes (Russian skips Ё, З, Й, О, Ч, Ъ, Ы, Ь). */
const ANNEX_LETTERS: Record<string, string> = { en: 'ABCDEFGHJKLM', ru: 'АБВГДЕЖИКЛМН' };
export const annexLetter = (i: number, language: string) =>
  (ANNEX_LETTERS[language] ?? ANNEX_LETTERS.en!)[i] ?? String(i + 1);

export interface ReportContext extends ReportInput {
  t: TFunction;
  text: (value: LocalisedText | undefined) => string;
  agency: (id: string | null | undefined) => string;
  date: (ms: number) => string;
  /** A "YYYY-MM-DD" day in the document's language. */
  dayText: (iso: string) => string;
  /** A number in the document's language (decimal comma in Russian). */
  number: (n: number, digits?: number) => string;
  when: (a: PlanAction) => string;
  objective: (a: PlanAction) => string;
  question: (id: string) => Question;
  /** A plan phrase in the document's language; a person's text in the other language is marked. */
  phrase: (p: Phrase) => string;
  /** An action's text field, marked when written in the other language. */
  field: (a: PlanAction, name: 'title' | 'description' | 'achievement' | 'dropReason') => string;
  objectiveTitle: (o: PlanObjective) => string;
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
    dayText: (iso) => formatDayInWords(iso, language),
    when: (a) =>
      `${formatQuarter(a.start, language)} – ${formatQuarter(a.end, language)}${a.beyondHorizon ? ` ${t('report.matrix.beyond')}` : ''}`,
    number: (n, digits = 1) => formatNumber(n, language, digits),
    objective: (a) => objectiveText(t, a, language),
    question: (id) => index.byId.get(id)!.question,
    phrase: (p) => phraseText(t, p, language),
    field: (a, name) => actionText(a, name, language),
    objectiveTitle: (o) => `${t('report.obj.numbered', { n: o.number })} ${phraseText(t, o.title, language)}`,
  };
}
