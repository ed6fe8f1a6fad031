import type { PlanEdits } from '../plan/plan-edits';
import type { QuestionnaireIndex } from '../questionnaire/questionnaire-index';
import type { AnswerState } from './answer';

export interface AgencyUse {
  /** Answers that name the agency (agency questions and agency cells of tables). */
  answers: number;
  /** Plan actions the agency leads or supports, as edited or added by the user. */
  actions: number;
}

/** Where each agency of a roster is named, so removing one can say what it leaves without an owner. */
export function agencyReferences(
  index: QuestionnaireIndex,
  answers: ReadonlyMap<string, AnswerState>,
  plan: PlanEdits | undefined,
): Map<string, AgencyUse> {
  const uses = new Map<string, AgencyUse>();
  const count = (id: unknown, key: keyof AgencyUse) => {
    if (typeof id !== 'string') return;
    const current = uses.get(id) ?? { answers: 0, actions: 0 };
    current[key]++;
    uses.set(id, current);
  };
  for (const [questionId, state] of answers) {
    const question = index.byId.get(questionId)?.question;
    const value = state.value;
    if (!question || value === undefined) continue;
    if (question.kind === 'agency') for (const id of new Set([value].flat())) count(id, 'answers');
    if (question.kind === 'table' && Array.isArray(value)) {
      const columns = question.columns.filter((c) => c.kind === 'agency').map((c) => c.id);
      const named = new Set<unknown>();
      for (const row of value as { cells?: Record<string, unknown> }[])
        for (const c of columns) named.add(row.cells?.[c]);
      for (const id of named) count(id, 'answers');
    }
  }
  if (plan) {
    const actions = [...Object.values(plan.edits), ...plan.custom];
    for (const a of actions)
      for (const id of new Set([a.leadAgencyId, ...(a.supportAgencyIds ?? [])])) count(id, 'actions');
    // Results-framework rows and plan risks the drafter gave to an agency count as its plan work too.
    for (const row of Object.values(plan.results)) count(row.responsibleId, 'actions');
    for (const risk of plan.risks ?? []) count(risk.ownerId, 'actions');
  }
  return uses;
}
