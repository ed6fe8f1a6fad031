import { z } from 'zod';

const factor = z.number().min(0.25).max(2);

/**
 * The prioritisation rule, stored with each assessment so a panel can tune it (each change logged
 * with a reason):
 *
 *   priority = gap × risk × weight × obligation × dependency × feasibility
 *
 * gap = target − current level (0–4); risk = likelihood × impact (1–25) of the scenarios the
 * indicator mitigates; weight 0.5–3 from the questionnaire; obligation = the factor the panel gives
 * indicators that fulfil a legal obligation (1: no preference); dependency = 1 + step × the number
 * of other indicators whose actions need this one first (capped); feasibility = the factor of the
 * costliest action needed to reach the target, × a factor when the actions run past the horizon.
 *
 * Tiers by rank within what the plan can carry: High takes indicators in priority order while their
 * actions fit the High budget (a number of actions, or a cost ceiling), Medium the next budget, the
 * rest are Low. Each area with a rated scenario of `floorRisk` or more keeps its first indicator in
 * High. `tierRule: 'threshold'` keeps the older rule by score thresholds.
 *
 * Fields of earlier versions of the rule (`defaultRisk`) are still read so old logs load; an
 * unrated scenario is now "risk not assessed", never an assumed value.
 */
export const priorityConfigSchema = z.strictObject({
  /** Added to 1 for indicators that fulfil a legal obligation: the obligation factor is 1 + this. */
  obligationBonus: z.number().min(0).max(2).default(0),
  /** How an indicator's risk follows from the scenarios it mitigates. */
  riskRule: z.enum(['max', 'mean']).default('max'),
  /** Read from logs of earlier versions; no longer used. */
  defaultRisk: z.number().min(1).max(25).optional(),
  /** Each indicator that builds on this one adds this much to its dependency factor… */
  dependencyStep: z.number().min(0).max(1).default(0.1),
  /** …up to this factor. */
  dependencyCap: z.number().min(1).max(3).default(1.5),
  /** Feasibility factor by the costliest action an indicator needs to reach its target. */
  feasibility: z
    .strictObject({
      'lt-50k': factor,
      '50k-250k': factor,
      '250k-1m': factor,
      'gt-1m': factor,
    })
    .default({ 'lt-50k': 1.2, '50k-250k': 1.1, '250k-1m': 1, 'gt-1m': 0.9 }),
  /** Feasibility is multiplied by this when the indicator's actions, one after another, outrun the horizon. */
  beyondHorizonFactor: z.number().min(0.25).max(1).default(0.9),
  tierRule: z.enum(['budget', 'threshold']).default('budget'),
  /** What a budget counts: actions, or their cost (each at its band's upper bound). */
  budgetBy: z.enum(['actions', 'cost']).default('actions'),
  highActions: z.number().int().min(0).default(30),
  mediumActions: z.number().int().min(0).default(60),
  /** EUR */
  highCost: z.number().min(0).default(10_000_000),
  mediumCost: z.number().min(0).default(25_000_000),
  /** An area with a rated scenario of this risk or more keeps its first indicator in High (0: off). */
  floorRisk: z.number().min(0).max(25).default(12),
  /** How many actions per area the plan presents first as its priority actions. */
  priorityActions: z.number().int().min(0).max(20).default(3),
  /** Score thresholds of the 'threshold' tier rule. */
  highFrom: z.number().min(0).default(75),
  mediumFrom: z.number().min(0).default(40),
});
export type PriorityConfig = z.infer<typeof priorityConfigSchema>;

/**
 * Defaults by planning horizon. A five-year plan carries about 30 High actions (six a year, what
 * a national team with partners can lead at once), a one-year plan 12; Medium twice that. The
 * score thresholds of the 'threshold' rule scale with the gaps (5 years about twice 1 year).
 */
export function defaultPriorityConfig(horizon: 1 | 5): PriorityConfig {
  return priorityConfigSchema.parse(
    horizon === 5
      ? { highFrom: 75, mediumFrom: 40, highActions: 30, mediumActions: 60 }
      : {
          highFrom: 40,
          mediumFrom: 25,
          highActions: 12,
          mediumActions: 24,
          highCost: 2_000_000,
          mediumCost: 5_000_000,
        },
  );
}

export const TIERS = ['high', 'medium', 'low'] as const;
export type Tier = (typeof TIERS)[number];

export function tierOf(score: number, config: Pick<PriorityConfig, 'highFrom' | 'mediumFrom'>): Tier {
  if (score >= config.highFrom) return 'high';
  if (score >= config.mediumFrom) return 'medium';
  return 'low';
}
