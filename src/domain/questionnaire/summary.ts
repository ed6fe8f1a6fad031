import type { Questionnaire } from './schema';
import { indexQuestionnaire } from './questionnaire-index';

export interface QuestionnaireSummary {
  areas: number;
  questions: number;
  indicators: number;
  actions: number;
}

export function summariseQuestionnaire(q: Questionnaire): QuestionnaireSummary {
  const { questions } = indexQuestionnaire(q);
  return {
    areas: q.areas.length,
    questions: questions.length,
    indicators: questions.filter((e) => e.question.scoring).length,
    actions: q.actions.length,
  };
}
