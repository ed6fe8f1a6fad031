import type { Questionnaire } from './schema';
import { indexQuestionnaire } from './walk';

export interface QuestionnaireSummary {
  areas: number;
  questions: number;
  indicators: number;
  actions: number;
}

export function summarizeQuestionnaire(q: Questionnaire): QuestionnaireSummary {
  const { questions } = indexQuestionnaire(q);
  return {
    areas: q.areas.length,
    questions: questions.length,
    indicators: questions.filter((e) => e.question.scoring).length,
    actions: q.actions.length,
  };
}
