import { COST_BANDS, type CostBand } from '../questionnaire/vocabulary';
import { tierOf, type PriorityConfig, type Tier } from './config';
import { dependencyFactor, round2, type Prioritisation, type PriorityRow } from './prioritise';
import { riskOf } from './risk';

/** One deterministic change of the sweep. */
export type Perturbation =
  | { kind: 'weight'; factor: number }
  | { kind: 'obligation' | 'dependency'; factor: number }
  | { kind: 'feasibility'; band: CostBand; factor: number }
  | { kind: 'likelihood' | 'impact'; scenarioId: string; step: -1 | 1 };

export interface Stability {
  questionId: string;
  /** Rank by score now (1 = first) and the best and worst rank seen in the sweep. */
  rank: number;
  best: number;
  worst: number;
  /** The computed tier now, and every computed tier seen in the sweep. */
  tier: Tier;
  tiers: Tier[];
  tierChanges: boolean;
  /** The changes that move its tier: the ratings and factors that deserve the panel's discussion. */
  movers: Perturbation[];
}

export const SWEEP = { top: 20, factors: [0.75, 1.25], steps: [-1, 1] as const };
const TIER_ORDER: Tier[] = ['high', 'medium', 'low'];

/**
 * How stable the top of the ranking is, by a deterministic sweep (no sampling): for each of the
 * first 20 indicators by score, its rank and computed tier when
 * - its own weight is 0.75× and 1.25×;
 * - the obligation factor, the dependency step, or one cost band's feasibility factor is 0.75×
 *   and 1.25× for every indicator that carries it;
 * - one scenario's likelihood or impact is one step lower or higher (within 1–5), for every
 *   indicator it drives.
 * One change at a time; the others stay as they are, and so do the area floor and reviewers'
 * overrides. Ties keep their present order. Cost: O(changes × 20 × indicators).
 */
export function sensitivity(priorities: Prioritisation, config: PriorityConfig): Stability[] {
  const rows = priorities.ranked
    .filter((r) => r.explanation.rank !== undefined)
    .sort((a, b) => a.explanation.rank! - b.explanation.rank!);
  const n = rows.length;
  if (n === 0) return [];
  const raw = new Float64Array(n);
  const base = new Float64Array(n);
  const own = new Float64Array(n);
  const floor = new Uint8Array(n);
  let reserved = 0;
  rows.forEach((r, i) => {
    const e = r.explanation;
    raw[i] = e.gap * e.risk.value * e.weight * e.obligationFactor * e.dependencyFactor * e.feasibilityFactor;
    base[i] = e.score;
    own[i] = e.budget.own;
    if (e.tierReason === 'floor') {
      floor[i] = 1;
      reserved += own[i];
    }
  });
  const top = Math.min(SWEEP.top, n);
  const high = config.budgetBy === 'actions' ? config.highActions : config.highCost;
  const medium = config.budgetBy === 'actions' ? config.mediumActions : config.mediumCost;

  /** Rank and computed tier of row i under scores s. */
  const place = (s: Float64Array, i: number): [number, Tier] => {
    let ahead = 0;
    let before = 0;
    const si = s[i]!;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const sj = s[j]!;
      if (sj > si || (sj === si && j < i)) {
        ahead++;
        if (!floor[j]) before += own[j]!;
      }
    }
    if (floor[i]) return [ahead + 1, 'high'];
    if (config.tierRule === 'threshold') return [ahead + 1, tierOf(si, config)];
    const through = reserved + before + own[i]!;
    return [ahead + 1, through <= high ? 'high' : through <= high + medium ? 'medium' : 'low'];
  };

  const result: Stability[] = [];
  const seen: { best: number; worst: number; tiers: Set<Tier>; movers: Perturbation[] }[] = [];
  for (let i = 0; i < top; i++) {
    const tier = rows[i]!.explanation.computedTier;
    seen.push({ best: i + 1, worst: i + 1, tiers: new Set([tier]), movers: [] });
  }
  const record = (s: Float64Array, i: number, p: Perturbation) => {
    const [rank, tier] = place(s, i);
    const x = seen[i]!;
    x.best = Math.min(x.best, rank);
    x.worst = Math.max(x.worst, rank);
    if (tier !== rows[i]!.explanation.computedTier) x.movers.push(p);
    x.tiers.add(tier);
  };
  const scaled = new Float64Array(n);
  /** Applies a change to every row (factor per row), then places each of the top rows. */
  const sweep = (p: Perturbation, ratio: (row: PriorityRow, i: number) => number) => {
    let changed = false;
    for (let j = 0; j < n; j++) {
      const k = ratio(rows[j]!, j);
      scaled[j] = k === 1 ? base[j]! : round2(raw[j]! * k);
      if (scaled[j] !== base[j]) changed = true;
    }
    if (changed) for (let i = 0; i < top; i++) record(scaled, i, p);
  };

  // Own weight: only row i changes.
  for (let i = 0; i < top; i++)
    for (const factor of SWEEP.factors) {
      scaled.set(base);
      scaled[i] = round2(raw[i]! * factor);
      record(scaled, i, { kind: 'weight', factor });
    }
  for (const factor of SWEEP.factors) {
    sweep({ kind: 'obligation', factor }, (r) => (r.explanation.obligations.length > 0 ? factor : 1));
    const step = { ...config, dependencyStep: config.dependencyStep * factor };
    sweep({ kind: 'dependency', factor }, (r) => {
      const e = r.explanation;
      return e.dependents.length === 0 ? 1 : dependencyFactor(e.dependents.length, step) / e.dependencyFactor;
    });
    for (const band of COST_BANDS)
      sweep({ kind: 'feasibility', band, factor }, (r) => {
        const e = r.explanation;
        if (e.costBand !== band) return 1;
        const f = round2(
          config.feasibility[band] * factor * (e.beyondHorizon ? config.beyondHorizonFactor : 1),
        );
        return f / e.feasibilityFactor;
      });
  }
  // Ratings: one step of one scenario's likelihood or impact.
  const rated = new Map(priorities.profile.map((s) => [s.questionId, s]));
  const ratedOf = rows.map((r) => r.explanation.risk.considered.filter((id) => rated.has(id)));
  for (const scenario of priorities.profile)
    for (const axis of ['likelihood', 'impact'] as const)
      for (const step of SWEEP.steps) {
        const moved = Math.min(5, Math.max(1, scenario[axis] + step));
        if (moved === scenario[axis]) continue;
        const score = axis === 'likelihood' ? moved * scenario.impact : scenario.likelihood * moved;
        sweep({ kind: axis, scenarioId: scenario.questionId, step }, (r, j) => {
          const mine = ratedOf[j]!;
          if (!mine.includes(scenario.questionId)) return 1;
          const scores = mine.map((id) => (id === scenario.questionId ? score : rated.get(id)!.score));
          return riskOf(scores, r.explanation.risk.rule) / r.explanation.risk.value;
        });
      }

  for (let i = 0; i < top; i++) {
    const x = seen[i]!;
    const row = rows[i]!;
    const tiers = TIER_ORDER.filter((t) => x.tiers.has(t));
    result.push({
      questionId: row.questionId,
      rank: i + 1,
      best: x.best,
      worst: x.worst,
      tier: row.explanation.computedTier,
      tiers,
      tierChanges: tiers.length > 1,
      movers: x.movers,
    });
  }
  return result;
}
