import type { AnswerRecord, AnswerState } from '../domain/assessment/answer';
import { analyseAssessment } from '../domain/scoring/analyse';
import type { Assessment } from '../domain/assessment/assessment';
import { buildPlan } from '../domain/plan/build-plan';
import { emptyPlanEdits, type PlanEdits } from '../domain/plan/plan-edits';
import type { Questionnaire } from '../domain/questionnaire/schema';
import { indexQuestionnaire, type QuestionnaireIndex } from '../domain/questionnaire/walk';
import { scoreIndicators, summarizeAreas } from '../domain/scoring/current-level';
import type { ReviewEntry } from '../domain/scoring/review';
import type { ReportInput } from './report-context';
import type { ReportLanguage } from './report-t';

export interface PrepareInput {
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
}

/** Gathers every input of the report and computes priorities and the plan: the same in the app and on the command line. */
export function prepareReport(input: PrepareInput): ReportInput {
  const { assessment, questionnaire, language, now } = input;
  const index = input.index ?? indexQuestionnaire(questionnaire);
  const records = new Map(input.answers.map((r) => [r.questionId, r]));
  const { visibility, review, priorities } = analyseAssessment(index, records, input.log, assessment.horizon);
  const areas = summarizeAreas(
    questionnaire.areas.map((a) => a.id),
    scoreIndicators(index, records, visibility),
  );
  const edits = input.planEdits ?? emptyPlanEdits(assessment.id, now);
  const plan = buildPlan({
    questionnaire,
    index,
    roster: assessment.roster,
    horizon: assessment.horizon,
    priorities,
    answers: records,
    edits,
    language,
  });
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
    countryName: input.countryName,
    language,
    now,
    draftVersion: input.draftVersion ?? '0.1',
  };
}
