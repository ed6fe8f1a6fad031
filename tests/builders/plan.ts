import type { AnswerState } from '../../src/domain/assessment/answer';
import type { Agency } from '../../src/domain/assessment/assessment';
import { computeVisibility } from '../../src/domain/conditions/visibility';
import { buildPlan, type PlanModel } from '../../src/domain/plan/build-plan';
import { planStructure, type PlanStructure } from '../../src/domain/plan/plan-structure';
import { emptyPlanEdits, type PlanEdits } from '../../src/domain/plan/plan-edits';
import { indexQuestionnaire } from '../../src/domain/questionnaire/questionnaire-index';
import { defaultPriorityConfig } from '../../src/domain/scoring/config';
import { prioritise } from '../../src/domain/scoring/prioritise';
import { summariseReview, type ReviewEntry } from '../../src/domain/scoring/review';
import { T0 } from './assessment';
import { ROSTER } from './fill';
import { answers, fullFeature } from './questionnaire';

export const planQuestionnaire = fullFeature();
export const planIndex = indexQuestionnaire(planQuestionnaire);

export interface PlanSetup {
  given?: Record<string, AnswerState>;
  horizon?: 1 | 5;
  log?: ReviewEntry[];
  edits?: Partial<PlanEdits>;
  roster?: Agency[];
}

// authority: capacity, actions l2–l5 led by health · inventory: levels 1/3/5, actions l3, l5 · transport: 1/2/4, actions l2, l4 led by customs
export const PLAN_ANSWERS: Record<string, AnswerState> = {
  'bio.authority': { value: 2, comment: 'Decree drafted', evidence: 'Draft decree of 2026-02-01' },
  'bio.has-bsl3': { value: 'yes' },
  'bio.inventory': { value: 'paper' },
  'bio.transport': { value: 'no' },
  'ops.risk-lab': { value: { likelihood: 4, impact: 4 } },
};

/** The draft plan of the full-feature questionnaire for these answers, starting April 2026. */
export function makePlan(setup: PlanSetup = {}): PlanModel {
  return makePlanWithStructure(setup).plan;
}

/** The plan and its structure (objectives, results framework, budget, responsibilities, risks). */
export function makePlanWithStructure({
  given = PLAN_ANSWERS,
  horizon = 5,
  log = [],
  edits = {},
  roster = ROSTER,
}: PlanSetup = {}): { plan: PlanModel; structure: PlanStructure } {
  const a = answers(given);
  const priorities = prioritise({
    index: planIndex,
    actions: planQuestionnaire.actions,
    answers: a,
    visibility: computeVisibility(planIndex, a),
    horizon,
    review: summariseReview(log, defaultPriorityConfig(horizon)),
  });
  const allEdits = { ...emptyPlanEdits('a1', T0), startMonth: '2026-04', ...edits };
  const plan = buildPlan({
    questionnaire: planQuestionnaire,
    index: planIndex,
    roster,
    horizon,
    priorities,
    answers: a,
    edits: allEdits,
    language: 'en',
  });
  const structure = planStructure({
    questionnaire: planQuestionnaire,
    index: planIndex,
    priorities,
    answers: a,
    roster,
    plan,
    edits: allEdits,
    language: 'en',
  });
  return { plan, structure };
}
