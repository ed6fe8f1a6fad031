import { isAnswered, type AnswerMap } from '../assessment/answer';
import type { Visibility } from '../conditions/visibility';
import type { QuestionnaireIndex } from '../questionnaire/questionnaire-index';
import { validateAnswer, type AnswerIssue, type ValidationContext } from './validate-answer';

export interface Outstanding {
  questionId: string;
  areaId: string;
  reason: 'required' | 'invalid';
  issues: AnswerIssue[];
}

export interface AreaProgress {
  areaId: string;
  visible: boolean;
  /** Shown questions. */
  total: number;
  answered: number;
  requiredMissing: number;
  invalid: number;
}

export interface Progress {
  areas: AreaProgress[];
  total: number;
  answered: number;
  /** 0–100, whole number; hidden questions are left out. */
  percent: number;
  outstanding: Outstanding[];
}

/** How a question's answer is checked (validateAnswer; a caller may remember its outcomes). */
export type Validate = typeof validateAnswer;

/**
 * Progress per area and overall, and the list of required-but-unanswered and invalid questions.
 * `validate` is validateAnswer, or one that remembers outcomes for answers that did not change.
 */
export function computeProgress(
  index: QuestionnaireIndex,
  visibility: Visibility,
  answers: AnswerMap,
  ctx: ValidationContext,
  validate: Validate = validateAnswer,
): Progress {
  const byArea = new Map<string, AreaProgress>();
  const outstanding: Outstanding[] = [];
  for (const entry of index.questions) {
    const areaId = entry.area.id;
    let area = byArea.get(areaId);
    if (!area) {
      area = {
        areaId,
        visible: visibility.containers.has(areaId),
        total: 0,
        answered: 0,
        requiredMissing: 0,
        invalid: 0,
      };
      byArea.set(areaId, area);
    }
    const id = entry.question.id;
    if (!visibility.questions.has(id)) continue;
    area.total++;
    const state = answers.get(id);
    if (isAnswered(state)) area.answered++;
    const issues = validate(entry.question, state, ctx);
    if (issues.length === 0) continue;
    const reason = issues.every((i) => i.code === 'required' && i.row === undefined) ? 'required' : 'invalid';
    if (reason === 'required') area.requiredMissing++;
    else area.invalid++;
    outstanding.push({ questionId: id, areaId, reason, issues });
  }
  const areas = [...byArea.values()];
  const total = areas.reduce((s, a) => s + a.total, 0);
  const answered = areas.reduce((s, a) => s + a.answered, 0);
  return {
    areas,
    total,
    answered,
    percent: total === 0 ? 0 : Math.floor((answered / total) * 100),
    outstanding,
  };
}
