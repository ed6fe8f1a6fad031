import type { Agency } from '../assessment/assessment';
import type { PlanAction } from './build-plan';
import type { PlanObjective } from './objectives';
import type { ResultsRow } from './results-framework';

/** One agency's part in one objective (RACI-style): accountable, leads (R) and supports (S) actions. */
export interface ResponsibilityCell {
  objectiveId: string;
  accountable: boolean;
  leads: number;
  supports: number;
}

export interface ResponsibilityMatrix {
  rows: { agencyId: string; cells: ResponsibilityCell[] }[];
  /** Live actions with no lead agency: a decision the team still has to take. */
  withoutLead: PlanAction[];
}

/**
 * Agencies × objectives: "A" for the body answerable for an objective (the responsible agency of its
 * results-framework row), "R" with the number of its actions an agency leads, "S" with those it
 * supports. Agencies of the roster with no part in any objective are left out.
 */
export function responsibilityMatrix(
  objectives: readonly PlanObjective[],
  results: readonly ResultsRow[],
  roster: readonly Agency[],
): ResponsibilityMatrix {
  const accountable = new Map(
    results.filter((r) => r.kind === 'objective').map((r) => [r.objectiveId, r.responsibleId]),
  );
  const rows = roster
    .map((agency) => ({
      agencyId: agency.id,
      cells: objectives.map((o) => ({
        objectiveId: o.id,
        accountable: accountable.get(o.id) === agency.id,
        leads: o.actions.filter((a) => a.leadAgencyId === agency.id).length,
        supports: o.actions.filter((a) => a.supportAgencyIds.includes(agency.id)).length,
      })),
    }))
    .filter((r) => r.cells.some((c) => c.accountable || c.leads > 0 || c.supports > 0));
  return { rows, withoutLead: objectives.flatMap((o) => o.actions.filter((a) => !a.leadAgencyId)) };
}
