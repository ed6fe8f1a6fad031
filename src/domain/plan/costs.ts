import { COST_BAND_BOUNDS, type CostBand } from '../questionnaire/vocabulary';
import type { PlanModel } from './build-plan';

export interface CostEnvelope {
  counts: Record<CostBand, number>;
  /** Sum of the lower bounds of the bands of all live actions. */
  low: number;
  /** Sum of the upper bounds; undefined when any action is in the open top band. */
  high?: number;
}

/** The indicative cost envelope of the actions not dropped. */
export function costEnvelope(plan: PlanModel): CostEnvelope {
  const counts: Record<CostBand, number> = { 'lt-50k': 0, '50k-250k': 0, '250k-1m': 0, 'gt-1m': 0 };
  let low = 0;
  let high: number | undefined = 0;
  for (const area of plan.areas)
    for (const a of area.actions) {
      if (a.status === 'dropped') continue;
      counts[a.costBand]++;
      const [lo, hi] = COST_BAND_BOUNDS[a.costBand];
      low += lo;
      high = hi === undefined || high === undefined ? undefined : high + hi;
    }
  return { counts, low, high };
}
