import type { AnswerMap } from '../assessment/answer';
import type { Assessment } from '../assessment/assessment';
import type { Questionnaire } from '../questionnaire/schema';
import type { QuestionnaireIndex } from '../questionnaire/questionnaire-index';
import { analyseAssessment, type Analysis } from '../scoring/analyse';
import type { ReviewEntry } from '../scoring/review';
import { buildPlan, recommendedIds, type PlanModel } from './build-plan';
import { emptyPlanEdits, type PlanEdits } from './plan-edits';
import { planStructure, type PlanStructure } from './plan-structure';

export interface PlanInput {
  questionnaire: Questionnaire;
  index: QuestionnaireIndex;
  assessment: Pick<Assessment, 'id' | 'roster' | 'horizon'>;
  answers: AnswerMap;
  log: readonly ReviewEntry[];
  /** The user's edits; none yet: a plan starting the quarter after `now`. */
  edits: PlanEdits | undefined;
  language: string;
  now: number;
}

export interface ComputedPlan extends Analysis {
  /** The edits the plan was built with (the stored ones, or the empty ones of a new plan). */
  edits: PlanEdits;
  plan: PlanModel;
  /** Objectives, results framework, budget, responsibilities and risks of that plan. */
  structure: PlanStructure;
  /** The library actions the priorities recommend now (what "accept the changes" takes). */
  recommended: string[];
}

/**
 * The one pipeline from answers to the draft plan, for the plan screen and the report alike:
 * visibility, the review in force and priorities, then the plan with the user's edits applied.
 */
export function computePlan(input: PlanInput): ComputedPlan {
  const { questionnaire, index, assessment, answers, language } = input;
  const analysis = analyseAssessment(questionnaire, index, answers, input.log, assessment.horizon);
  const edits = input.edits ?? emptyPlanEdits(assessment.id, input.now);
  const plan = buildPlan({
    questionnaire,
    index,
    roster: assessment.roster,
    horizon: assessment.horizon,
    priorities: analysis.priorities,
    answers,
    edits,
    language,
    priorityActions: analysis.review.config.priorityActions,
  });
  const structure = planStructure({
    questionnaire,
    index,
    priorities: analysis.priorities,
    answers,
    roster: assessment.roster,
    plan,
    edits,
    language,
  });
  return {
    ...analysis,
    edits,
    plan,
    structure,
    recommended: recommendedIds(questionnaire, analysis.priorities),
  };
}
