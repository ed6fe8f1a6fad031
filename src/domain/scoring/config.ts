import { z } from 'zod';

/**
 * The prioritisation rule, stored with each assessment so a review can tune it:
 *   priority = gap × risk × weight × (1 + obligationBonus when the indicator fulfils a legal obligation)
 * gap = target − current (0–4); risk = likelihood × impact (1–25) borne by the indicator;
 * weight 0.5–3 from the questionnaire. Tiers: High ≥ highFrom, Medium ≥ mediumFrom, else Low.
 */
export const priorityConfigSchema = z.strictObject({
  obligationBonus: z.number().min(0).max(2).default(0.25),
  /** How an indicator's risk follows from the scenarios of the hazards it protects against. */
  riskRule: z.enum(['max', 'mean']).default('max'),
  /** Risk assumed when no scenario of the indicator's hazards is rated (3 × 3, "possible × moderate"). */
  defaultRisk: z.number().min(1).max(25).default(9),
  highFrom: z.number().min(0).default(75),
  mediumFrom: z.number().min(0).default(40),
});
export type PriorityConfig = z.infer<typeof priorityConfigSchema>;

/**
 * Default thresholds by planning horizon. Gaps in a 5-year plan are about twice those of a 1-year
 * plan, so are its thresholds. Calibrated on the example assessment: each tier takes roughly a
 * third of the indicators with a gap (5 years: 36 / 42 / 26; 1 year: 22 / 56 / 26).
 */
export function defaultPriorityConfig(horizon: 1 | 5): PriorityConfig {
  return priorityConfigSchema.parse(
    horizon === 5 ? { highFrom: 75, mediumFrom: 40 } : { highFrom: 40, mediumFrom: 25 },
  );
}

export const TIERS = ['high', 'medium', 'low'] as const;
export type Tier = (typeof TIERS)[number];

export function tierOf(score: number, config: PriorityConfig): Tier {
  if (score >= config.highFrom) return 'high';
  if (score >= config.mediumFrom) return 'medium';
  return 'low';
}
