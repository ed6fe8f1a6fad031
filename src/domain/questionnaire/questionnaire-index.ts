import type { Area, Group, Question, Questionnaire } from './schema';

/** A question with where it stands: its area, its group, its document order and its JSON path. */
export interface QuestionEntry {
  question: Question;
  area: Area;
  areaIndex: number;
  group?: Group;
  order: number;
  path: (string | number)[];
}

export interface ContainerEntry {
  kind: 'area' | 'group';
  id: string;
  condition: Area['condition'];
  /** Document order of the first question inside, so references to it or later are forward. */
  firstOrder: number;
  path: (string | number)[];
}

export interface QuestionnaireIndex {
  questions: QuestionEntry[];
  containers: ContainerEntry[];
  byId: Map<string, QuestionEntry>;
}

/** Lists every question in document order, with the areas and groups around them. */
export function indexQuestionnaire(q: Pick<Questionnaire, 'areas'>): QuestionnaireIndex {
  const questions: QuestionEntry[] = [];
  const containers: ContainerEntry[] = [];
  const byId = new Map<string, QuestionEntry>();
  const add = (entry: QuestionEntry) => {
    questions.push(entry);
    if (!byId.has(entry.question.id)) byId.set(entry.question.id, entry);
  };
  q.areas.forEach((area, areaIndex) => {
    const areaPath = ['areas', areaIndex];
    containers.push({
      kind: 'area',
      id: area.id,
      condition: area.condition,
      firstOrder: questions.length,
      path: areaPath,
    });
    area.items.forEach((item, itemIndex) => {
      const itemPath = [...areaPath, 'items', itemIndex];
      if (item.kind === 'group') {
        containers.push({
          kind: 'group',
          id: item.id,
          condition: item.condition,
          firstOrder: questions.length,
          path: itemPath,
        });
        item.questions.forEach((question, qi) =>
          add({
            question,
            area,
            areaIndex,
            group: item,
            order: questions.length,
            path: [...itemPath, 'questions', qi],
          }),
        );
      } else {
        add({ question: item, area, areaIndex, order: questions.length, path: itemPath });
      }
    });
  });
  return { questions, containers, byId };
}
