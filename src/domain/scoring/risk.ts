import type { AnswerMap } from '../assessment/answer';
import type { Visibility } from '../conditions/visibility';
import type { QuestionnaireIndex } from '../questionnaire/questionnaire-index';
import type { Scoring } from '../questionnaire/schema';
import type { Hazard, ScenarioCategory } from '../questionnaire/vocabulary';
import type { PriorityConfig } from './config';

export interface Rating {
  likelihood: number;
  impact: number;
}

/** A scenario (risk question) that is shown, with the rating in force and the one the answers give. */
export interface Scenario {
  questionId: string;
  hazard: Hazard;
  category?: ScenarioCategory;
  /** The rating in force: a reviewer's re-rating, else the answer's; undefined when unrated. */
  rating?: Rating;
  /** From the answers, when a reviewer re-rated the scenario. */
  answered?: Rating;
  rerated: boolean;
}

export interface ScenarioRisk extends Rating {
  questionId: string;
  hazard: Hazard;
  /** likelihood × impact, 1–25 */
  score: number;
}

function ratingOf(value: unknown): Rating | undefined {
  const v = value as { likelihood?: unknown; impact?: unknown } | undefined;
  return typeof v?.likelihood === 'number' && typeof v.impact === 'number'
    ? { likelihood: v.likelihood, impact: v.impact }
    : undefined;
}

/** Every shown scenario, rated or not, with reviewers' re-ratings applied. */
export function scenarios(
  index: QuestionnaireIndex,
  answers: AnswerMap,
  visibility: Visibility,
  rerated: ReadonlyMap<string, { value: Rating }> = new Map(),
): Scenario[] {
  return index.questions.flatMap(({ question }) => {
    if (question.kind !== 'risk' || !visibility.questions.has(question.id)) return [];
    const state = answers.get(question.id);
    const answered = state?.special ? undefined : ratingOf(state?.value);
    const override = rerated.get(question.id)?.value;
    return [
      {
        questionId: question.id,
        hazard: question.hazard,
        category: question.category,
        rating: override ?? answered,
        answered: override ? answered : undefined,
        rerated: override !== undefined,
      },
    ];
  });
}

/** The rated scenarios, as the risk matrix shows them. */
export function ratedProfile(all: readonly Scenario[]): ScenarioRisk[] {
  return all.flatMap((s) =>
    s.rating
      ? [
          {
            questionId: s.questionId,
            hazard: s.hazard,
            ...s.rating,
            score: s.rating.likelihood * s.rating.impact,
          },
        ]
      : [],
  );
}

/**
 * Where an indicator's risk comes from:
 * - `linked`: the scenarios the questionnaire (or a reviewer) says it mitigates;
 * - `fallback`: no link given, so every scenario of its hazard classes (the older rule);
 * - `notAssessed`: none of those scenarios is rated — the indicator is not ranked on risk.
 */
export type RiskSource = 'linked' | 'reviewed' | 'fallback' | 'notAssessed';

export interface BorneRisk {
  source: RiskSource;
  /** 0 when not assessed. */
  value: number;
  /** The rated scenarios the value comes from (the highest ones under 'max', all under 'mean'). */
  scenarios: string[];
  /** Scenarios the indicator mitigates that are not rated (shown, so the panel knows what to rate). */
  unrated: string[];
  /** Every scenario considered. */
  considered: string[];
}

export interface Links {
  /** A reviewer's choice of scenarios, in force over the questionnaire's. */
  reviewed?: readonly string[];
  scoring: Pick<Scoring, 'hazards' | 'scenarios' | 'scenarioCategories'>;
}

/** The scenarios an indicator mitigates, and whether they come from links or the hazard fallback. */
export function linkedScenarios(
  links: Links,
  all: readonly Scenario[],
): { source: Exclude<RiskSource, 'notAssessed'>; scenarios: Scenario[] } {
  const { reviewed, scoring } = links;
  if (reviewed) return { source: 'reviewed', scenarios: all.filter((s) => reviewed.includes(s.questionId)) };
  if (scoring.scenarios || scoring.scenarioCategories) {
    const ids = scoring.scenarios ?? [];
    const kinds = scoring.scenarioCategories ?? [];
    return {
      source: 'linked',
      scenarios: all.filter(
        (s) =>
          ids.includes(s.questionId) ||
          (s.category !== undefined && kinds.includes(s.category) && scoring.hazards.includes(s.hazard)),
      ),
    };
  }
  return { source: 'fallback', scenarios: all.filter((s) => scoring.hazards.includes(s.hazard)) };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * The risk an indicator bears: the highest (or the mean) likelihood × impact among the rated
 * scenarios it mitigates. Unrated scenarios are listed, never assumed.
 */
export function borneRisk(
  links: Links,
  all: readonly Scenario[],
  rule: PriorityConfig['riskRule'],
): BorneRisk {
  const { source, scenarios: mine } = linkedScenarios(links, all);
  const rated = mine.filter((s) => s.rating);
  const unrated = mine.filter((s) => !s.rating).map((s) => s.questionId);
  const considered = mine.map((s) => s.questionId);
  if (rated.length === 0) return { source: 'notAssessed', value: 0, scenarios: [], unrated, considered };
  const score = (s: Scenario) => s.rating!.likelihood * s.rating!.impact;
  if (rule === 'mean') {
    const mean = rated.reduce((a, s) => a + score(s), 0) / rated.length;
    return { source, value: round1(mean), scenarios: rated.map((s) => s.questionId), unrated, considered };
  }
  const top = Math.max(...rated.map(score));
  return {
    source,
    value: top,
    scenarios: rated.filter((s) => score(s) === top).map((s) => s.questionId),
    unrated,
    considered,
  };
}

/** Risk of a set of ratings under a rule (the sensitivity sweep recomputes it with one rating moved). */
export function riskOf(scores: readonly number[], rule: PriorityConfig['riskRule']): number {
  if (scores.length === 0) return 0;
  if (rule === 'mean') return round1(scores.reduce((a, b) => a + b, 0) / scores.length);
  return Math.max(...scores);
}
