import type { AnswerMap } from '../assessment/answer';
import type { Visibility } from '../conditions/visibility';
import type { QuestionnaireIndex } from '../questionnaire/questionnaire-index';
import type { Action } from '../questionnaire/schema';
import {
  COST_BANDS,
  COST_BAND_BOUNDS,
  type CostBand,
  type Hazard,
  type Obligation,
} from '../questionnaire/vocabulary';
import { reachableLevels } from '../questionnaire/scoring-levels';
import { tierOf, type PriorityConfig, type Tier } from './config';
import { scoreIndicators, type LevelResult } from './current-level';
import {
  borneRisk,
  ratedProfile,
  scenarios as scenariosOf,
  type BorneRisk,
  type Scenario,
  type ScenarioRisk,
} from './risk';
import type { Override, ReviewSummary } from './review';
import { targetFor, targetWithin } from './target';

/** Why an indicator has the tier it has (before a reviewer's override). */
export type TierReason =
  /** within the High (or Medium) budget in priority order */
  | 'budget'
  /** its area's first indicator, kept High because the area has a highly rated scenario */
  | 'floor'
  /** beyond the Medium budget */
  | 'overBudget'
  /** by score thresholds ('threshold' rule) */
  | 'threshold'
  /** no scenario it mitigates is rated: not ranked on risk */
  | 'riskNotAssessed';

/** Every factor behind a priority, so the ranking can be explained and checked by hand. */
export interface Explanation {
  current: number;
  computedTarget: number;
  target: number;
  /** Where the target comes from: the horizon rule, the panel's area target, or an override. */
  targetSource: 'horizon' | 'area' | 'indicator';
  gap: number;
  risk: BorneRisk & { rule: PriorityConfig['riskRule'] };
  weight: number;
  obligations: Obligation[];
  obligationFactor: number;
  /** Indicators whose recommended actions need this one at a higher level first. */
  dependents: string[];
  dependencyFactor: number;
  /** The recommended actions: how many, the costliest band, their months one after another. */
  actions: number;
  costBand?: CostBand;
  months: number;
  beyondHorizon: boolean;
  feasibilityFactor: number;
  /** gap × risk × weight × obligation × dependency × feasibility (0 when risk is not assessed) */
  score: number;
  /** Position by score among the indicators with an assessed risk (1 = first); undefined otherwise. */
  rank?: number;
  computedTier: Tier;
  tierReason: TierReason;
  /** What this indicator takes from the budget, and what was taken before it (budget rule). */
  budget: { by: PriorityConfig['budgetBy']; own: number; before: number };
  thresholds: { high: number; medium: number };
}

export interface PriorityRow {
  questionId: string;
  areaId: string;
  hazards: Hazard[];
  explanation: Explanation;
  /** The tier in force: the reviewer's override, else the computed one. */
  tier: Tier;
  tierOverride?: Override<Tier>;
  targetOverride?: Override<number>;
  linksOverride?: Override<string[]>;
  reviewed: boolean;
}

export interface UnrankedRow {
  questionId: string;
  areaId: string;
  result: LevelResult;
  /** For assessed indicators already at or above their target. */
  target?: number;
}

/** What a panel's targets cost in an area: the recommended actions of its indicators with a gap. */
export interface AreaEffort {
  areaId: string;
  target?: Override<number>;
  indicators: number;
  actions: number;
  high: number;
  /** The area's recommended actions by the tier (in force) of their indicators. */
  byTier: Record<Tier, number>;
  /** EUR, from the cost bands; `costHigh` undefined when an action is in the open top band. */
  costLow: number;
  costHigh?: number;
}

export interface BudgetUse {
  by: PriorityConfig['budgetBy'];
  rule: PriorityConfig['tierRule'];
  high: { limit: number; used: number };
  medium: { limit: number; used: number };
}

export interface Prioritisation {
  /** Indicators with a gap, by tier in force (High first), then score, then questionnaire order. */
  ranked: PriorityRow[];
  atTarget: UnrankedRow[];
  notAssessed: UnrankedRow[];
  /** Rated scenarios, ratings in force. */
  profile: ScenarioRisk[];
  /** Every shown scenario, rated or not, with re-ratings marked. */
  scenarios: Scenario[];
  areas: AreaEffort[];
  budget: BudgetUse;
}

export interface PrioritiseInput {
  index: QuestionnaireIndex;
  actions: readonly Action[];
  answers: AnswerMap;
  visibility: Visibility;
  horizon: 1 | 5;
  review: ReviewSummary;
}

const TIER_ORDER: Record<Tier, number> = { high: 0, medium: 1, low: 2 };
export const round2 = (n: number) => Math.round(n * 100) / 100;
const BAND_ORDER = new Map(COST_BANDS.map((b, i) => [b, i]));

/** An action's weight against a cost budget: its band's upper bound (the open top band at its lower bound). */
export function budgetCost(band: CostBand): number {
  const [low, high] = COST_BAND_BOUNDS[band];
  return high ?? low;
}

/** The actions recommended for an indicator: every action with current < level ≤ target, in level order. */
export function actionsBetween(actions: readonly Action[], current: number, target: number): Action[] {
  return actions.filter((a) => a.level > current && a.level <= target).sort((a, b) => a.level - b.level);
}

/** The feasibility factor of a set of actions: by the costliest band, less when they outrun the horizon. */
export function feasibility(
  actions: readonly Action[],
  horizon: 1 | 5,
  config: Pick<PriorityConfig, 'feasibility' | 'beyondHorizonFactor'>,
): { factor: number; costBand?: CostBand; months: number; beyondHorizon: boolean } {
  if (actions.length === 0) return { factor: 1, months: 0, beyondHorizon: false };
  const costBand = actions
    .map((a) => a.costBand)
    .reduce((a, b) => (BAND_ORDER.get(b)! > BAND_ORDER.get(a)! ? b : a));
  const months = actions.reduce((n, a) => n + a.durationMonths, 0);
  const beyondHorizon = months > horizon * 12;
  const factor = config.feasibility[costBand] * (beyondHorizon ? config.beyondHorizonFactor : 1);
  return { factor: round2(factor), costBand, months, beyondHorizon };
}

export function dependencyFactor(
  dependents: number,
  config: Pick<PriorityConfig, 'dependencyStep' | 'dependencyCap'>,
) {
  return round2(Math.min(1 + config.dependencyStep * dependents, config.dependencyCap));
}

interface Draft {
  row: PriorityRow;
  order: number;
  recommended: Action[];
  /** The highest rated scenario among those the indicator mitigates (for the area floor). */
  peak: number;
}

/**
 * Scores, targets, borne risk and priority of every indicator, with the review in force applied and
 * every factor explained. Pure: all inputs are arguments.
 */
export function prioritise({
  index,
  actions,
  answers,
  visibility,
  horizon,
  review,
}: PrioritiseInput): Prioritisation {
  const config = review.config;
  const all = scenariosOf(index, answers, visibility, review.ratings);
  const scoreOf = new Map(
    all.flatMap((s) => (s.rating ? [[s.questionId, s.rating.likelihood * s.rating.impact]] : [])),
  );
  const byIndicator = new Map<string, Action[]>();
  for (const a of actions) byIndicator.set(a.indicator, [...(byIndicator.get(a.indicator) ?? []), a]);
  const order = new Map(index.questions.map((e, i) => [e.question.id, i]));

  const atTarget: UnrankedRow[] = [];
  const notAssessed: UnrankedRow[] = [];
  const drafts: Draft[] = [];
  const currentOf = new Map<string, number>();
  for (const s of scoreIndicators(index, answers, visibility)) {
    if (!s.result.assessed) {
      notAssessed.push({ questionId: s.questionId, areaId: s.areaId, result: s.result });
      continue;
    }
    const question = index.byId.get(s.questionId)!.question;
    const current = s.result.level;
    currentOf.set(s.questionId, current);
    const reachable = reachableLevels(question);
    const areaTarget = review.areaTargets.get(s.areaId);
    const computedTarget = areaTarget
      ? targetWithin(current, areaTarget.value, reachable)
      : targetFor(current, horizon, reachable);
    const targetOverride = review.targets.get(s.questionId);
    const target = targetOverride?.value ?? computedTarget;
    const gap = target - current;
    if (gap <= 0) {
      atTarget.push({ questionId: s.questionId, areaId: s.areaId, result: s.result, target });
      continue;
    }
    const linksOverride = review.links.get(s.questionId);
    const risk = borneRisk(
      { reviewed: linksOverride?.value, scoring: question.scoring! },
      all,
      config.riskRule,
    );
    const recommended = actionsBetween(byIndicator.get(s.questionId) ?? [], current, target);
    const feasible = feasibility(recommended, horizon, config);
    const obligationFactor = s.obligations.length > 0 ? round2(1 + config.obligationBonus) : 1;
    const peak = Math.max(0, ...risk.considered.map((id) => scoreOf.get(id) ?? 0));
    drafts.push({
      order: order.get(s.questionId)!,
      recommended,
      peak,
      row: {
        questionId: s.questionId,
        areaId: s.areaId,
        hazards: s.hazards,
        explanation: {
          current,
          computedTarget,
          target,
          targetSource: targetOverride ? 'indicator' : areaTarget ? 'area' : 'horizon',
          gap,
          risk: { ...risk, rule: config.riskRule },
          weight: s.weight,
          obligations: s.obligations,
          obligationFactor,
          dependents: [],
          dependencyFactor: 1,
          actions: recommended.length,
          costBand: feasible.costBand,
          months: feasible.months,
          beyondHorizon: feasible.beyondHorizon,
          feasibilityFactor: feasible.factor,
          score: 0,
          computedTier: 'low',
          tierReason: 'overBudget',
          budget: { by: config.budgetBy, own: 0, before: 0 },
          thresholds: { high: config.highFrom, medium: config.mediumFrom },
        },
        tier: 'low',
        tierOverride: review.tiers.get(s.questionId),
        targetOverride,
        linksOverride,
        reviewed: review.reviewed.has(s.questionId),
      },
    });
  }

  // Dependency: the indicators whose recommended actions need this one at a level it has not reached.
  const dependents = new Map<string, Set<string>>();
  for (const d of drafts)
    for (const a of d.recommended)
      for (const p of a.prerequisites ?? [])
        if (p.indicator !== d.row.questionId && (currentOf.get(p.indicator) ?? 0) < p.level)
          dependents.set(p.indicator, (dependents.get(p.indicator) ?? new Set()).add(d.row.questionId));

  for (const d of drafts) {
    const e = d.row.explanation;
    e.dependents = [...(dependents.get(d.row.questionId) ?? [])].sort(
      (a, b) => order.get(a)! - order.get(b)!,
    );
    e.dependencyFactor = dependencyFactor(e.dependents.length, config);
    e.score =
      e.risk.source === 'notAssessed'
        ? 0
        : round2(
            e.gap * e.risk.value * e.weight * e.obligationFactor * e.dependencyFactor * e.feasibilityFactor,
          );
    e.budget.own =
      config.budgetBy === 'actions'
        ? d.recommended.length
        : d.recommended.reduce((n, a) => n + budgetCost(a.costBand), 0);
  }

  const budget = assignTiers(drafts, config);

  const ranked = drafts.map((d) => d.row);
  for (const row of ranked) row.tier = row.tierOverride?.value ?? row.explanation.computedTier;
  ranked.sort(
    (a, b) =>
      TIER_ORDER[a.tier] - TIER_ORDER[b.tier] ||
      b.explanation.score - a.explanation.score ||
      order.get(a.questionId)! - order.get(b.questionId)!,
  );

  const areas = index.questions
    .map((e) => e.area.id)
    .filter((id, i, ids) => ids.indexOf(id) === i)
    .map((areaId) => areaEffort(areaId, drafts, review));
  return { ranked, atTarget, notAssessed, profile: ratedProfile(all), scenarios: all, areas, budget };
}

/**
 * Computed tiers. Budget rule: indicators in priority order take High while the running total of
 * their actions (or costs) stays within the High budget, then Medium while it stays within High +
 * Medium; the rest are Low. Before that, each area with a rated scenario of `floorRisk` or more
 * reserves High for its first indicator (in priority order, while the reservations fit).
 */
function assignTiers(drafts: Draft[], config: PriorityConfig): BudgetUse {
  const use: BudgetUse = {
    by: config.budgetBy,
    rule: config.tierRule,
    high: { limit: config.budgetBy === 'actions' ? config.highActions : config.highCost, used: 0 },
    medium: { limit: config.budgetBy === 'actions' ? config.mediumActions : config.mediumCost, used: 0 },
  };
  const candidates = drafts
    .filter((d) => d.row.explanation.risk.source !== 'notAssessed')
    .sort((a, b) => b.row.explanation.score - a.row.explanation.score || a.order - b.order);
  candidates.forEach((d, i) => (d.row.explanation.rank = i + 1));
  for (const d of drafts)
    if (d.row.explanation.risk.source === 'notAssessed') {
      d.row.explanation.computedTier = 'low';
      d.row.explanation.tierReason = 'riskNotAssessed';
    }
  if (config.tierRule === 'threshold') {
    for (const d of candidates) {
      const e = d.row.explanation;
      e.computedTier = tierOf(e.score, config);
      e.tierReason = 'threshold';
      if (e.computedTier !== 'low') use[e.computedTier].used += e.budget.own;
    }
    return use;
  }
  const floor = floorIndicators(candidates, config, use.high.limit);
  let reserved = 0;
  for (const d of floor) reserved += d.row.explanation.budget.own;
  let running = reserved;
  for (const d of candidates) {
    const e = d.row.explanation;
    if (floor.has(d)) {
      e.computedTier = 'high';
      e.tierReason = 'floor';
      e.budget.before = 0;
      use.high.used += e.budget.own;
      continue;
    }
    e.budget.before = running;
    running += e.budget.own;
    if (running <= use.high.limit) {
      e.computedTier = 'high';
      e.tierReason = 'budget';
      use.high.used += e.budget.own;
    } else if (running <= use.high.limit + use.medium.limit) {
      e.computedTier = 'medium';
      e.tierReason = 'budget';
      use.medium.used += e.budget.own;
    } else {
      e.computedTier = 'low';
      e.tierReason = 'overBudget';
    }
  }
  return use;
}

/** Each area's first indicator, where the area has a rated scenario of `floorRisk` or more, while they fit the High budget. */
function floorIndicators(candidates: readonly Draft[], config: PriorityConfig, limit: number): Set<Draft> {
  const floor = new Set<Draft>();
  if (config.floorRisk <= 0) return floor;
  const peak = new Map<string, number>();
  for (const d of candidates) peak.set(d.row.areaId, Math.max(peak.get(d.row.areaId) ?? 0, d.peak));
  const seen = new Set<string>();
  let reserved = 0;
  for (const d of candidates) {
    if (seen.has(d.row.areaId)) continue;
    seen.add(d.row.areaId);
    if (peak.get(d.row.areaId)! < config.floorRisk) continue;
    if (reserved + d.row.explanation.budget.own > limit) continue;
    reserved += d.row.explanation.budget.own;
    floor.add(d);
  }
  return floor;
}

function areaEffort(areaId: string, drafts: Draft[], review: ReviewSummary): AreaEffort {
  const mine = drafts.filter((d) => d.row.areaId === areaId);
  let costLow = 0;
  let costHigh: number | undefined = 0;
  let actions = 0;
  const byTier: Record<Tier, number> = { high: 0, medium: 0, low: 0 };
  for (const d of mine)
    for (const a of d.recommended) {
      actions++;
      byTier[d.row.tier]++;
      const [lo, hi] = COST_BAND_BOUNDS[a.costBand];
      costLow += lo;
      costHigh = hi === undefined || costHigh === undefined ? undefined : costHigh + hi;
    }
  return {
    areaId,
    target: review.areaTargets.get(areaId),
    indicators: mine.length,
    actions,
    high: byTier.high,
    byTier,
    costLow,
    costHigh,
  };
}
