/**
 * The default outcome objectives: one per family of areas, in this order. A National Action Plan
 * groups its work in a handful of outcomes a minister can name, not one objective per indicator.
 */
export const OBJECTIVE_FAMILIES = [
  'governance',
  'biorisk',
  'chemical',
  'radnuc',
  'detection',
  'crossCutting',
] as const;
export type ObjectiveFamily = (typeof OBJECTIVE_FAMILIES)[number];

/** At most this many objectives in one plan (the default grouping gives six). */
export const MAX_OBJECTIVES = 8;
