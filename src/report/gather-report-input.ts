import type { AnswerRecord, AnswerState } from '../domain/assessment/answer';
import type { Assessment } from '../domain/assessment/assessment';
import type { PlanEdits } from '../domain/plan/plan-edits';
import type { Questionnaire } from '../domain/questionnaire/schema';
import { indexQuestionnaire, type QuestionnaireIndex } from '../domain/questionnaire/questionnaire-index';
import { scoreIndicators, summariseAreas } from '../domain/scoring/current-level';
import type { ReviewEntry } from '../domain/scoring/review';
import {
  DEFAULT_REPORT_OPTIONS,
  type EarlierAssessment,
  type ReportInput,
  type ReportOptions,
} from './report-context';
import type { ReportLanguage } from './report-translator';
import { computePlan } from '../domain/plan/compute-plan';
import { usableAnswers } from '../domain/validation/record-gate';

export interface ReportSource {
  assessment: Assessment;
  questionnaire: Questionnaire;
  index?: QuestionnaireIndex;
  answers: readonly (AnswerRecord | (AnswerState & { questionId: string }))[];
  log: ReviewEntry[];
  planEdits?: PlanEdits;
  language: ReportLanguage;
  countryName: string;
  now: number;
  draftVersion?: string;
  options?: Partial<ReportOptions>;
  /** For a re-assessment: the earlier assessment compared (the "progress since" chapter). */
  earlier?: EarlierAssessment;
}

/** Gathers every input of the report and computes priorities and the plan: the same in the app and on the command line. */
export function gatherReportInput(input: ReportSource): ReportInput {
  const { assessment, questionnaire, language, now } = input;
  const index = input.index ?? indexQuestionnaire(questionnaire);
  // The report meets only answers that pass the gate: nothing malformed reaches a document.
  const owned = input.answers.map((r) => ({
    assessmentId: assessment.id,
    updatedAt: 0,
    author: '',
    ...r,
  }));
  const records = new Map(usableAnswers(owned, assessment, index).usable.map((r) => [r.questionId, r]));
  const { visibility, review, priorities, plan, structure, edits } = computePlan({
    questionnaire,
    index,
    assessment,
    answers: records,
    log: input.log,
    edits: input.planEdits,
    language,
    now,
  });
  const areas = summariseAreas(
    questionnaire.areas.map((a) => a.id),
    scoreIndicators(index, records, visibility),
  );
  return {
    assessment,
    questionnaire,
    index,
    records,
    visibility,
    priorities,
    areas,
    review,
    log: input.log,
    plan,
    structure,
    edits,
    options: { ...DEFAULT_REPORT_OPTIONS, ...input.options },
    countryName: input.countryName,
    language,
    now,
    draftVersion: input.draftVersion ?? '0.1',
    ...(input.earlier && { earlier: input.earlier }),
  };
}
