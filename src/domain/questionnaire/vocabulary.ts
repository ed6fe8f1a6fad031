/** Fixed vocabularies of the format. Their labels live in the UI's translations, not here. */

export const HAZARDS = ['C', 'B', 'R', 'N'] as const;
export type Hazard = (typeof HAZARDS)[number];

/** The WHO Benchmarks action types. */
export const ACTION_TYPES = [
  'advocacy',
  'assessment',
  'coordination',
  'designation',
  'dissemination',
  'financing',
  'monitoring-evaluation',
  'planning-strategy',
  'procurement',
  'program-implementation',
  'simulation-exercise',
  'sops',
  'surveillance',
  'tool-development',
  'training',
  // Added in format 1 (questionnaire 1.1.0): drafting and adopting a law, decree or regulation.
  'legislation',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

/** Indicative cost bands in EUR. */
export const COST_BANDS = ['lt-50k', '50k-250k', '250k-1m', 'gt-1m'] as const;
export type CostBand = (typeof COST_BANDS)[number];

/** Bounds of each cost band in EUR; the top band has no upper bound. */
export const COST_BAND_BOUNDS: Record<CostBand, [number, number | undefined]> = {
  'lt-50k': [0, 50_000],
  '50k-250k': [50_000, 250_000],
  '250k-1m': [250_000, 1_000_000],
  'gt-1m': [1_000_000, undefined],
};

/**
 * Kinds of risk scenario: an indicator may name the kinds it mitigates instead of (or beside) single
 * scenarios, and takes its risk from the rated scenarios of those kinds and its hazards.
 */
export const SCENARIO_CATEGORIES = [
  'accidental-release',
  'theft-diversion',
  'deliberate-release',
  'natural-outbreak',
  'transport-accident',
  'illicit-trafficking',
  'loss-of-control',
  'legacy-contamination',
  'facility-accident',
] as const;
export type ScenarioCategory = (typeof SCENARIO_CATEGORIES)[number];

/** Instruments whose obligations an indicator may fulfil. */
export const OBLIGATIONS = ['BWC', 'CWC', 'NPT', 'CPPNM', 'UNSCR1540', 'IHR'] as const;
export type Obligation = (typeof OBLIGATIONS)[number];

/** Frameworks a question may cite. */
export const FRAMEWORKS = [
  'JEE',
  'SPAR',
  'IHR',
  'UNSCR1540',
  'BWC',
  'CWC',
  'NPT',
  'CPPNM',
  'IAEA',
  'WHO-LBM4',
  'ISO35001',
  'ISO31000',
  'OPCW',
  'INTERPOL',
  'EU-CBRN-CoE',
  // Added for questionnaire 1.1.0.
  'NAGOYA',
  'PIP',
  'WOAH',
  'FAO',
  'FATF',
  'UNSGM',
  'EU',
  'OTHER',
] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export const CAPACITY_LEVELS = [1, 2, 3, 4, 5] as const;
export type CapacityLevel = (typeof CAPACITY_LEVELS)[number];

export const YES_PARTLY_NO = ['yes', 'partly', 'no'] as const;
export type YesPartlyNo = (typeof YES_PARTLY_NO)[number];
