import type { AnswerMap } from '../assessment/answer';
import type { Visibility } from '../conditions/visibility';
import type { QuestionnaireIndex } from '../questionnaire/questionnaire-index';
import type { Hazard, Obligation } from '../questionnaire/vocabulary';
import { tierOf, type PriorityConfig, type Tier } from './config';
import { scoreIndicators, type LevelResult } from './current-level';
import { borneRisk, riskProfile, type BorneRisk, type ScenarioRisk } from './risk';
import type { Override, ReviewSummary } from './review';
import { reachableLevels } from '../questionnaire/scoring-levels';
import { targetFor } from './target';

/** Every factor behind a priority, so the ranking can be explained and checked by hand. */
export interface Explanation {
  current: number;
  computedTarget: number;
  target: number;
  gap: number;
  risk: BorneRisk & { rule: PriorityConfig['riskRule'] };
  weight: number;
  obligations: Obligation[];
  obligationFactor: number;
  /** gap × risk × weight × obligationFactor */
  score: number;
  computedTier: Tier;
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
  reviewed: boolean;
}

export interface UnrankedRow {
  questionId: string;
  areaId: string;
  result: LevelResult;
  /** For assessed indicators already at or above their target. */
  target?: number;
}

export interface Prioritisation {
  /** Indicators with a gap, by tier in force (High first), then score, then questionnaire order. */
  ranked: PriorityRow[];
  atTarget: UnrankedRow[];
  notAssessed: UnrankedRow[];
  profile: ScenarioRisk[];
}

export interface PrioritiseInput {
  index: QuestionnaireIndex;
  answers: AnswerMap;
  visibility: Visibility;
  horizon: 1 | 5;
  review: ReviewSummary;
}

const TIER_ORDER: Record<Tier, number> = { high: 0, medium: 1, low: 2 };
const round = (n: number) => Math.round(n * 100) / 100;

/** Scores, targets, borne risk and priority of every indicator, with overrides applied and explained. */
export function prioritise({ index, answers, visibility, horizon, review }: PrioritiseInput): Prioritisation {
  const config = review.config;
  const profile = riskProfile(index, answers, visibility);
  const ranked: PriorityRow[] = [];
  const atTarget: UnrankedRow[] = [];
  const notAssessed: UnrankedRow[] = [];
  scoreIndicators(index, answers, visibility).forEach((s) => {
    if (!s.result.assessed) {
      notAssessed.push({ questionId: s.questionId, areaId: s.areaId, result: s.result });
      return;
    }
    const current = s.result.level;
    const computedTarget = targetFor(
      current,
      horizon,
      reachableLevels(index.byId.get(s.questionId)!.question),
    );
    const targetOverride = review.targets.get(s.questionId);
    const target = targetOverride?.value ?? computedTarget;
    const gap = target - current;
    if (gap <= 0) {
      atTarget.push({ questionId: s.questionId, areaId: s.areaId, result: s.result, target });
      return;
    }
    const risk = borneRisk(s.hazards, profile, config);
    const obligationFactor = s.obligations.length > 0 ? 1 + config.obligationBonus : 1;
    const score = round(gap * risk.value * s.weight * obligationFactor);
    const computedTier = tierOf(score, config);
    const tierOverride = review.tiers.get(s.questionId);
    ranked.push({
      questionId: s.questionId,
      areaId: s.areaId,
      hazards: s.hazards,
      explanation: {
        current,
        computedTarget,
        target,
        gap,
        risk: { ...risk, rule: config.riskRule },
        weight: s.weight,
        obligations: s.obligations,
        obligationFactor,
        score,
        computedTier,
        thresholds: { high: config.highFrom, medium: config.mediumFrom },
      },
      tier: tierOverride?.value ?? computedTier,
      tierOverride,
      targetOverride,
      reviewed: review.reviewed.has(s.questionId),
    });
  });
  const order = new Map(index.questions.map((e, i) => [e.question.id, i]));
  ranked.sort(
    (a, b) =>
      TIER_ORDER[a.tier] - TIER_ORDER[b.tier] ||
      b.explanation.score - a.explanation.score ||
      order.get(a.questionId)! - order.get(b.questionId)!,
  );
  return { ranked, atTarget, notAssessed, profile };
}
