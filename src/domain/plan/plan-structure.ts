import type { Prioritisation } from '../scoring/prioritise';
import { costEnvelope, planBudget, type CostEnvelope, type PlanBudget } from './budget';
import { planObjectives, type PlanObjective } from './objectives';
import { planRisks, type PlanRiskRow } from './plan-risks';
import { responsibilityMatrix, type ResponsibilityMatrix } from './responsibilities';
import { resultsFramework, type ResultsInput, type ResultsRow } from './results-framework';

/** Below this share of assessed indicators the plan says, on its cover and in its summary, that it is partial. */
export const COMPLETENESS_THRESHOLD = 0.8;

export interface Completeness {
  assessed: number;
  indicators: number;
  share: number;
  /** Less than the threshold is assessed: the plan rests on part of the picture. */
  partial: boolean;
}

export function completeness(priorities: Prioritisation): Completeness {
  const assessed = priorities.ranked.length + priorities.atTarget.length;
  const indicators = assessed + priorities.notAssessed.length;
  const share = indicators === 0 ? 0 : assessed / indicators;
  return { assessed, indicators, share, partial: share < COMPLETENESS_THRESHOLD };
}

/** The plan as a National Action Plan: outcome objectives, results framework, budget, responsibilities, risks. */
export interface PlanStructure {
  objectives: PlanObjective[];
  results: ResultsRow[];
  budget: PlanBudget;
  envelope: CostEnvelope;
  responsibilities: ResponsibilityMatrix;
  risks: PlanRiskRow[];
  completeness: Completeness;
}

/** What the structure is computed from: the results framework's inputs, before its objectives. */
export type StructureInput = Omit<ResultsInput, 'objectives'>;

export function planStructure(input: StructureInput): PlanStructure {
  const { plan, edits, roster } = input;
  const objectives = planObjectives(input);
  const results = resultsFramework({ ...input, objectives });
  return {
    objectives,
    results,
    budget: planBudget(plan, objectives, edits.openBandHigh),
    envelope: costEnvelope(plan, edits.openBandHigh),
    responsibilities: responsibilityMatrix(objectives, results, roster),
    risks: planRisks(edits, roster),
    completeness: completeness(input.priorities),
  };
}
