import type { AnswerMap, AnswerState } from '../assessment/answer';
import type { Visibility } from '../conditions/visibility';
import type { Question } from '../questionnaire/schema';
import type { QuestionnaireIndex } from '../questionnaire/questionnaire-index';
import type { Hazard, Obligation } from '../questionnaire/vocabulary';
import { own } from '../own';

export type NotAssessedReason = 'unanswered' | 'dontKnow' | 'notApplicable' | 'hidden' | 'unscoredOption';

export type LevelResult = { assessed: true; level: number } | { assessed: false; reason: NotAssessedReason };

/**
 * The capacity level an answer shows. "Don't know", no answer, a hidden question or an unscored
 * option mean "not assessed" — never level 1.
 */
export function currentLevel(
  question: Question,
  state: AnswerState | undefined,
  visible: boolean,
): LevelResult {
  if (!visible) return { assessed: false, reason: 'hidden' };
  if (state?.special === 'dontKnow') return { assessed: false, reason: 'dontKnow' };
  if (state?.special === 'notApplicable') return { assessed: false, reason: 'notApplicable' };
  const value = state?.value;
  if (value === undefined || value === null || value === '') return { assessed: false, reason: 'unanswered' };
  if (question.kind === 'capacity')
    return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5
      ? { assessed: true, level: value }
      : { assessed: false, reason: 'unanswered' };
  const mapped = typeof value === 'string' ? own(question.scoring?.levels, value) : undefined;
  if (mapped === undefined) return { assessed: false, reason: 'unanswered' };
  if (mapped === null) return { assessed: false, reason: 'unscoredOption' };
  return { assessed: true, level: mapped };
}

export interface IndicatorScore {
  questionId: string;
  areaId: string;
  result: LevelResult;
  weight: number;
  hazards: Hazard[];
  obligations: Obligation[];
}

/** The level of every scored indicator, in questionnaire order. */
export function scoreIndicators(
  index: QuestionnaireIndex,
  answers: AnswerMap,
  visibility: Visibility,
): IndicatorScore[] {
  return index.questions.flatMap(({ question, area }) => {
    const scoring = question.scoring;
    if (!scoring) return [];
    return [
      {
        questionId: question.id,
        areaId: area.id,
        result: currentLevel(question, answers.get(question.id), visibility.questions.has(question.id)),
        weight: scoring.weight,
        hazards: scoring.hazards,
        obligations: scoring.obligations,
      },
    ];
  });
}

export interface AreaSummary {
  areaId: string;
  indicators: number;
  assessed: number;
  /** Share of applicable indicators with a level, 0–1 ("not applicable" and hidden ones are left out). */
  assessedShare: number;
  mean?: number;
  min?: number;
}

export function summariseAreas(areaIds: string[], scores: IndicatorScore[]): AreaSummary[] {
  return areaIds.map((areaId) => {
    const mine = scores.filter((s) => s.areaId === areaId);
    const applicable = mine.filter(
      (s) => s.result.assessed || (s.result.reason !== 'notApplicable' && s.result.reason !== 'hidden'),
    );
    const levels = mine.flatMap((s) => (s.result.assessed ? [s.result.level] : []));
    return {
      areaId,
      indicators: mine.length,
      assessed: levels.length,
      assessedShare: applicable.length === 0 ? 0 : levels.length / applicable.length,
      mean: levels.length ? levels.reduce((a, b) => a + b, 0) / levels.length : undefined,
      min: levels.length ? Math.min(...levels) : undefined,
    };
  });
}
