import type { AnswerMap } from '../assessment/answer';
import type { QuestionnaireIndex } from '../questionnaire/questionnaire-index';
import { evaluateCondition } from './evaluate';

export interface Visibility {
  questions: ReadonlySet<string>;
  /** Areas and groups shown. */
  containers: ReadonlySet<string>;
}

/**
 * Decides what is shown, in document order: a question is shown when its area, its group and its
 * own condition are. A hidden question reads as unanswered to later conditions, so hiding cascades.
 * Hidden answers stay stored; they are only left out of progress and scoring.
 */
export function computeVisibility(index: QuestionnaireIndex, answers: AnswerMap): Visibility {
  const questions = new Set<string>();
  const containers = new Set<string>();
  const lookup = (id: string) => (questions.has(id) ? answers.get(id) : undefined);
  const containersAt = new Map<number, typeof index.containers>();
  for (const c of index.containers)
    containersAt.set(c.firstOrder, [...(containersAt.get(c.firstOrder) ?? []), c]);

  for (const entry of index.questions) {
    for (const c of containersAt.get(entry.order) ?? []) {
      const parentShown = c.kind === 'area' || containers.has(entry.area.id);
      if (parentShown && (!c.condition || evaluateCondition(c.condition, lookup))) containers.add(c.id);
    }
    const shown =
      containers.has(entry.area.id) &&
      (!entry.group || containers.has(entry.group.id)) &&
      (!entry.question.condition || evaluateCondition(entry.question.condition, lookup));
    if (shown) questions.add(entry.question.id);
  }
  return { questions, containers };
}
