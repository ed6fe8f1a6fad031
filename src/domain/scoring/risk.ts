import type { AnswerMap } from '../assessment/answer';
import type { Visibility } from '../conditions/visibility';
import type { QuestionnaireIndex } from '../questionnaire/questionnaire-index';
import type { Hazard } from '../questionnaire/vocabulary';
import type { PriorityConfig } from './config';

export interface ScenarioRisk {
  questionId: string;
  hazard: Hazard;
  likelihood: number;
  impact: number;
  /** likelihood × impact, 1–25 */
  score: number;
}

/** Rated scenarios (both likelihood and impact given, question shown). */
export function riskProfile(
  index: QuestionnaireIndex,
  answers: AnswerMap,
  visibility: Visibility,
): ScenarioRisk[] {
  return index.questions.flatMap(({ question }) => {
    if (question.kind !== 'risk' || !visibility.questions.has(question.id)) return [];
    const state = answers.get(question.id);
    if (state?.special) return [];
    const value = state?.value as { likelihood?: unknown; impact?: unknown } | undefined;
    const likelihood = value?.likelihood;
    const impact = value?.impact;
    if (typeof likelihood !== 'number' || typeof impact !== 'number') return [];
    return [
      { questionId: question.id, hazard: question.hazard, likelihood, impact, score: likelihood * impact },
    ];
  });
}

export interface BorneRisk {
  value: number;
  /** The scenarios the value comes from; empty when assumed. */
  scenarios: string[];
  assumed: boolean;
}

/**
 * The risk an indicator bears: over the rated scenarios of the hazards it protects against, the
 * maximum (default) or the mean of their scores; the configured default when none is rated.
 */
export function borneRisk(
  hazards: readonly Hazard[],
  profile: ScenarioRisk[],
  config: PriorityConfig,
): BorneRisk {
  const relevant = profile.filter((s) => hazards.includes(s.hazard));
  if (relevant.length === 0) return { value: config.defaultRisk, scenarios: [], assumed: true };
  if (config.riskRule === 'mean') {
    const mean = relevant.reduce((a, s) => a + s.score, 0) / relevant.length;
    return {
      value: Math.round(mean * 10) / 10,
      scenarios: relevant.map((s) => s.questionId),
      assumed: false,
    };
  }
  const top = Math.max(...relevant.map((s) => s.score));
  return {
    value: top,
    scenarios: relevant.filter((s) => s.score === top).map((s) => s.questionId),
    assumed: false,
  };
}
