import { conditionReferences, type Condition } from './condition';
import type { Action, Area, AreaItem, Question, Questionnaire } from './schema';
import type { LocalisedText } from './text';

/**
 * A checked questionnaire kept in parts, so that opening one area reads that area, not the whole
 * questionnaire: the outline (everything but the areas' items and the action catalogue, small and
 * the same size whatever the number of questions), each area's items, and the action catalogue.
 */
export interface QuestionnaireParts {
  /** The questionnaire with every area's `items` and the `actions` empty, in their places. */
  outline: Questionnaire;
  /** Per area, the other areas whose answers its conditions read, directly or through theirs. */
  needs: Record<string, string[]>;
  items: Map<string, AreaItem[]>;
  actions: Action[];
}

function containerConditions(area: Area): Condition[] {
  const out: Condition[] = area.condition ? [area.condition] : [];
  for (const item of area.items) {
    if (item.condition) out.push(item.condition);
    if (item.kind === 'group')
      for (const question of item.questions) if (question.condition) out.push(question.condition);
  }
  return out;
}

/**
 * For each area, the other areas it needs to decide what it shows: a condition reads a question of
 * another area, whose own visibility may read a third, and so on (document order).
 */
export function areaNeeds(q: Pick<Questionnaire, 'areas'>): Record<string, string[]> {
  const areaOf = new Map<string, string>();
  for (const area of q.areas)
    for (const item of area.items)
      for (const question of item.kind === 'group' ? item.questions : [item])
        areaOf.set(question.id, area.id);
  const direct = new Map(
    q.areas.map((area) => [
      area.id,
      new Set(
        containerConditions(area)
          .flatMap(conditionReferences)
          .map((id) => areaOf.get(id))
          .filter((id): id is string => id !== undefined && id !== area.id),
      ),
    ]),
  );
  const out: Record<string, string[]> = {};
  for (const area of q.areas) {
    const seen = new Set<string>();
    const queue = [...(direct.get(area.id) ?? [])];
    while (queue.length > 0) {
      const next = queue.shift()!;
      if (next === area.id || seen.has(next)) continue;
      seen.add(next);
      queue.push(...(direct.get(next) ?? []));
    }
    out[area.id] = q.areas.map((a) => a.id).filter((id) => seen.has(id));
  }
  return out;
}

/** Splits a checked questionnaire into its parts (see QuestionnaireParts). */
export function splitQuestionnaire(q: Questionnaire): QuestionnaireParts {
  return {
    outline: { ...q, areas: q.areas.map((area) => ({ ...area, items: [] })), actions: [] },
    needs: areaNeeds(q),
    items: new Map(q.areas.map((area) => [area.id, area.items])),
    actions: q.actions,
  };
}

/**
 * The questionnaire with the items of the areas given (the others left empty) and the actions when
 * given. With every area and the actions it is the questionnaire that was split, key for key.
 */
export function assembleQuestionnaire(
  outline: Questionnaire,
  items: ReadonlyMap<string, AreaItem[]>,
  actions?: Action[],
): Questionnaire {
  return {
    ...outline,
    areas: outline.areas.map((area) => ({ ...area, items: items.get(area.id) ?? [] })),
    actions: actions ?? outline.actions,
  };
}

/** The areas to read to open one area: itself, then the areas its conditions need. */
export function areasToOpen(needs: Record<string, string[]>, areaId: string): string[] {
  return [areaId, ...(needs[areaId] ?? [])];
}

/** The text of a level descriptor left out of a bare questionnaire (see `bareQuestionnaire`). */
const NO_TEXT: LocalisedText = Object.freeze({});

function bareQuestion(question: Question): Question {
  // Left out by copying the rest (deleting keys would leave each copy a slower, larger object).
  const { hint: _hint, guidance: _guidance, ...kept } = question;
  return kept.kind === 'capacity'
    ? { ...kept, references: [], levels: kept.levels.map(({ level }) => ({ level, descriptor: NO_TEXT })) }
    : { ...kept, references: [] };
}

const bareItem = (item: AreaItem): AreaItem =>
  item.kind === 'group' ? { ...item, questions: item.questions.map(bareQuestion) } : bareQuestion(item);

/**
 * The questionnaire as a page holds it for the areas it does not show: every area, group and
 * question with what the counts, conditions, checks and the outstanding list read (ids, kinds, codes,
 * titles, options, rules, scoring), without the texts a question shows only on its own area (hint,
 * guidance, references, level descriptors: empty) and without the action catalogue. Pure.
 */
export function bareQuestionnaire(q: Questionnaire): Questionnaire {
  return { ...q, areas: q.areas.map((area) => ({ ...area, items: area.items.map(bareItem) })), actions: [] };
}
