import type { AnswerMap } from '../assessment/answer';
import { computeVisibility, type Visibility } from '../conditions/visibility';
import type { QuestionnaireIndex } from '../questionnaire/questionnaire-index';
import { defaultPriorityConfig } from './config';
import { prioritise, type Prioritisation } from './prioritise';
import { summariseReview, type ReviewEntry, type ReviewSummary } from './review';

export interface Analysis {
  visibility: Visibility;
  review: ReviewSummary;
  priorities: Prioritisation;
}

/** What the answers and the review log say now: shown questions, decisions in force, priorities. */
export function analyseAssessment(
  index: QuestionnaireIndex,
  answers: AnswerMap,
  log: readonly ReviewEntry[],
  horizon: 1 | 5,
): Analysis {
  const visibility = computeVisibility(index, answers);
  const review = summariseReview(log, defaultPriorityConfig(horizon));
  return { visibility, review, priorities: prioritise({ index, answers, visibility, horizon, review }) };
}
