import type { Questionnaire } from '../questionnaire/schema';
import type { QuestionnaireIndex } from '../questionnaire/questionnaire-index';
import type { Hazard } from '../questionnaire/vocabulary';
import { own } from '../own';
import type { PlanAction, PlanModel } from './build-plan';
import type { PlanEdits } from './plan-edits';
import { phrase, written, type Phrase } from './phrase';
import { OBJECTIVE_FAMILIES, type ObjectiveFamily } from './objective-families';

export { MAX_OBJECTIVES, OBJECTIVE_FAMILIES, type ObjectiveFamily } from './objective-families';

/** The bundled questionnaires' areas by family; an area not listed is placed by its hazards. */
const AREA_FAMILY: Record<string, ObjectiveFamily> = {
  gov: 'governance',
  leg: 'governance',
  rsk: 'governance',
  bsf: 'biorisk',
  bsc: 'biorisk',
  brm: 'biorisk',
  amr: 'biorisk',
  chm: 'chemical',
  rn: 'radnuc',
  bec: 'detection',
  dsl: 'detection',
  prr: 'detection',
  phs: 'detection',
  rcm: 'detection',
  hrt: 'crossCutting',
  wst: 'crossCutting',
  int: 'crossCutting',
};

/** An area's family: listed, else by the hazards its indicators cover (one kind only), else cross-cutting. */
export function areaFamily(areaId: string, hazards: ReadonlySet<Hazard>): ObjectiveFamily {
  const listed = own(AREA_FAMILY, areaId);
  if (listed) return listed;
  const only = (...kinds: Hazard[]) => hazards.size > 0 && [...hazards].every((h) => kinds.includes(h));
  if (only('B')) return 'biorisk';
  if (only('C')) return 'chemical';
  if (only('R', 'N')) return 'radnuc';
  return 'crossCutting';
}

export interface PlanObjective {
  id: string;
  /** 1-based, in plan order. */
  number: number;
  family?: ObjectiveFamily;
  title: Phrase;
  /** The outcome statement: what the country has when the objective is met. */
  outcome: Phrase;
  /** Objectives merged into this one (their ids). */
  merged: string[];
  indicatorIds: string[];
  areaIds: string[];
  /** Live actions: priority actions first, then the others, each group in plan order. */
  actions: PlanAction[];
  added: boolean;
}

export interface ObjectiveInput {
  questionnaire: Questionnaire;
  index: QuestionnaireIndex;
  plan: PlanModel;
  edits: PlanEdits;
}

/** Follows "merged into" to the objective that holds the work; a loop or an unknown id stops where it is. */
function resolveMerge(id: string, edits: PlanEdits, known: ReadonlySet<string>): string {
  const seen = new Set<string>();
  let at = id;
  for (;;) {
    const next = own(edits.objectives, at)?.mergedInto;
    if (!next || !known.has(next) || seen.has(next)) return at;
    seen.add(at);
    at = next;
  }
}

/**
 * The plan's outcome objectives: the default grouping of indicators by area family, with the
 * drafter's renames, merges, moved indicators and added objectives applied. Objectives that hold no
 * action are left out; numbering follows the family order, then the added objectives.
 */
export function planObjectives({ questionnaire, index, plan, edits }: ObjectiveInput): PlanObjective[] {
  const hazards = new Map<string, Set<Hazard>>();
  for (const e of index.questions) {
    const set = hazards.get(e.area.id) ?? new Set<Hazard>();
    for (const h of e.question.scoring?.hazards ?? []) set.add(h);
    hazards.set(e.area.id, set);
  }
  const familyOf = (areaId: string) => areaFamily(areaId, hazards.get(areaId) ?? new Set());
  const added = Object.entries(edits.objectives)
    .filter(([, e]) => e.added)
    .map(([id]) => id);
  const known = new Set<string>([...OBJECTIVE_FAMILIES, ...added]);
  const home = (id: string) => resolveMerge(id, edits, known);
  const assigned = (a: PlanAction): string => {
    const chosen = a.indicatorId ? own(edits.assign, a.indicatorId) : a.objectiveId;
    return home(chosen && known.has(chosen) ? chosen : familyOf(a.areaId));
  };

  const groups = new Map<string, PlanAction[]>();
  for (const area of plan.areas)
    for (const a of area.actions) {
      if (a.status === 'dropped') continue;
      const id = assigned(a);
      groups.set(id, [...(groups.get(id) ?? []), a]);
    }
  const order = [...OBJECTIVE_FAMILIES, ...added];
  const areaOrder = new Map(questionnaire.areas.map((a, i) => [a.id, i]));
  return order
    .filter((id) => groups.has(id))
    .map((id, i) => {
      const actions = groups.get(id)!;
      const edit = own(edits.objectives, id);
      const family = (OBJECTIVE_FAMILIES as readonly string[]).includes(id)
        ? (id as ObjectiveFamily)
        : undefined;
      const defaultTitle = family
        ? phrase(`plan.objective.${family}`)
        : phrase('plan.objective.added', { n: i + 1 });
      return {
        id,
        number: i + 1,
        family,
        title: written(edit?.title, defaultTitle),
        outcome: written(edit?.outcome, family ? phrase(`plan.outcome.${family}`) : defaultTitle),
        merged: order.filter((other) => other !== id && home(other) === id),
        indicatorIds: [...new Set(actions.flatMap((a) => (a.indicatorId ? [a.indicatorId] : [])))],
        areaIds: [...new Set(actions.map((a) => a.areaId))].sort(
          (a, b) => (areaOrder.get(a) ?? 0) - (areaOrder.get(b) ?? 0),
        ),
        actions: [...actions.filter((a) => a.priority), ...actions.filter((a) => !a.priority)],
        added: !family,
      };
    });
}

/** The objective an indicator's actions are under now (for the editor's "move to" choice). */
export function objectiveOfIndicator(objectives: readonly PlanObjective[], indicatorId: string) {
  return objectives.find((o) => o.indicatorIds.includes(indicatorId));
}

/** A new id for an objective the drafter adds: "added-<n>", not yet used. */
export function newObjectiveId(edits: PlanEdits): string {
  let n = 1;
  while (own(edits.objectives, `added-${n}`)) n++;
  return `added-${n}`;
}
