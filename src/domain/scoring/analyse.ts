import type { AnswerMap } from '../assessment/answer';
import { computeVisibility, type Visibility } from '../conditions/visibility';
import type { QuestionnaireIndex } from '../questionnaire/questionnaire-index';
import { defaultPriorityConfig } from './config';
import { prioritise, type Prioritisation } from './prioritise';
import { sensitivity, type Stability } from './sensitivity';
import type { Questionnaire } from '../questionnaire/schema';
import { summariseReview, type ReviewEntry, type ReviewSummary } from './review';

export interface Analysis {
  visibility: Visibility;
  review: ReviewSummary;
  priorities: Prioritisation;
  /** How stable the top of the ranking is. */
  sensitivity: Stability[];
}

/** What the answers and the review log say now: shown questions, decisions in force, priorities. */
export function analyseAssessment(
  questionnaire: Pick<Questionnaire, 'actions'>,
  index: QuestionnaireIndex,
  answers: AnswerMap,
  log: readonly ReviewEntry[],
  horizon: 1 | 5,
): Analysis {
  const visibility = computeVisibility(index, answers);
  const review = summariseReview(log, defaultPriorityConfig(horizon));
  const priorities = prioritise({
    index,
    actions: questionnaire.actions,
    answers,
    visibility,
    horizon,
    review,
  });
  return { visibility, review, priorities, sensitivity: sensitivity(priorities, review.config) };
}
