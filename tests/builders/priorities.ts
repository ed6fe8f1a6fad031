import type { AnswerState } from '../../src/domain/assessment/answer';
import { computeVisibility } from '../../src/domain/conditions/visibility';
import { loadQuestionnaire } from '../../src/domain/questionnaire/load-questionnaire';
import { indexQuestionnaire } from '../../src/domain/questionnaire/questionnaire-index';
import type { Questionnaire } from '../../src/domain/questionnaire/schema';
import type { CostBand, Hazard, ScenarioCategory } from '../../src/domain/questionnaire/vocabulary';
import {
  defaultPriorityConfig,
  priorityConfigSchema,
  type PriorityConfig,
} from '../../src/domain/scoring/config';
import { prioritise } from '../../src/domain/scoring/prioritise';
import { reviewEntrySchema, summariseReview, type ReviewEntry } from '../../src/domain/scoring/review';
import { T0 } from './assessment';

export interface IndicatorSpec {
  id: string;
  area: string;
  weight?: number;
  hazards?: Hazard[];
  obligations?: string[];
  scenarios?: string[];
  categories?: ScenarioCategory[];
  /** One action per level 2–5: [costBand, months, prerequisites of the level-3 action]. */
  actions?: { band?: CostBand; months?: number; needs?: { indicator: string; level: number } };
}

export interface ScenarioSpec {
  id: string;
  hazard: Hazard;
  category?: ScenarioCategory;
}

/** A small questionnaire made for one table of priorities: areas, capacity indicators, scenarios, actions. */
export function priorityQuestionnaire(indicators: IndicatorSpec[], scenarios: ScenarioSpec[]): Questionnaire {
  const text = (en: string) => ({ en, ru: `${en} (ru)` });
  const areas = [...new Set(indicators.map((i) => i.area))].map((area) => ({
    id: area,
    code: area.toUpperCase(),
    title: text(`Area ${area}`),
    items: indicators
      .filter((i) => i.area === area)
      .map((i) => ({
        kind: 'capacity',
        id: i.id,
        code: i.id.toUpperCase(),
        title: text(`Indicator ${i.id}`),
        levels: [1, 2, 3, 4, 5].map((level) => ({ level, descriptor: text(`Level ${level}`) })),
        scoring: {
          weight: i.weight ?? 1,
          hazards: i.hazards ?? ['B'],
          obligations: i.obligations ?? [],
          ...(i.scenarios ? { scenarios: i.scenarios } : {}),
          ...(i.categories ? { scenarioCategories: i.categories } : {}),
        },
      })),
  }));
  const scale = [1, 2, 3, 4, 5].map((level) => ({ level, label: text(`${level}`) }));
  const json = {
    format: 'cbrn-nap-questionnaire',
    formatVersion: 1,
    id: 'priorities',
    version: '1.1.0',
    languages: ['en', 'ru'],
    defaultLanguage: 'en',
    title: text('Priorities'),
    agencyRoles: [{ id: 'health', label: text('Ministry of Health') }],
    riskScales: { likelihood: scale, impact: scale },
    areas: [
      ...areas,
      {
        id: 'rsk',
        title: text('Risk'),
        items: scenarios.map((s) => ({
          kind: 'risk',
          id: s.id,
          hazard: s.hazard,
          ...(s.category ? { category: s.category } : {}),
          title: text(`Scenario ${s.id}`),
        })),
      },
    ],
    actions: indicators.flatMap((i) =>
      [2, 3, 4, 5].map((level) => ({
        id: `${i.id}.l${level}`,
        indicator: i.id,
        level,
        type: 'training',
        leadRole: 'health',
        durationMonths: i.actions?.months ?? 6,
        costBand: i.actions?.band ?? '50k-250k',
        title: text(`${i.id} to ${level}`),
        achievement: text(`${i.id} at ${level}`),
        ...(level === 3 && i.actions?.needs ? { prerequisites: [i.actions.needs] } : {}),
      })),
    ),
  };
  const loaded = loadQuestionnaire(JSON.stringify(json));
  if (loaded.status === 'failure') throw new Error(JSON.stringify(loaded.issues.slice(0, 3)));
  return loaded.value;
}

let seq = 0;
export const reviewEntry = (e: Partial<ReviewEntry> & Pick<ReviewEntry, 'kind'>): ReviewEntry =>
  reviewEntrySchema.parse({ id: `e${seq++}`, assessmentId: 'a1', at: T0 + seq, reviewer: 'Dr Expert', ...e });

export const configEntry = (to: Partial<PriorityConfig>, horizon: 1 | 5 = 5) =>
  reviewEntry({
    kind: 'config',
    from: defaultPriorityConfig(horizon),
    to: priorityConfigSchema.parse({ ...defaultPriorityConfig(horizon), ...to }),
    reason: 'Panel setting',
  });

export function runPriorities(
  questionnaire: Questionnaire,
  given: Record<string, AnswerState>,
  log: ReviewEntry[] = [],
  horizon: 1 | 5 = 5,
) {
  const index = indexQuestionnaire(questionnaire);
  const answers = new Map(Object.entries(given));
  const review = summariseReview(log, defaultPriorityConfig(horizon));
  return {
    review,
    priorities: prioritise({
      index,
      actions: questionnaire.actions,
      answers,
      visibility: computeVisibility(index, answers),
      horizon,
      review,
    }),
  };
}

export const rated = (likelihood: number, impact: number): AnswerState => ({ value: { likelihood, impact } });
export const level = (value: number): AnswerState => ({ value });

/**
 * A panel's table: four areas, eight indicators at levels 2–3 linked to four scenarios (one unrated),
 * with a prerequisite, an obligation and a > €1 M action among them.
 */
export const panelQuestionnaire = priorityQuestionnaire(
  [
    { id: 'leg', area: 'gov', hazards: ['B', 'C'], scenarios: ['lab', 'plant'] },
    { id: 'team', area: 'gov', scenarios: ['lab'], actions: { needs: { indicator: 'leg', level: 3 } } },
    { id: 'bsl', area: 'bio', scenarios: ['lab'], weight: 2 },
    { id: 'pers', area: 'bio', scenarios: ['theft'], obligations: ['BWC'] },
    { id: 'inv', area: 'bio', scenarios: ['theft', 'lab'], actions: { band: 'gt-1m', months: 36 } },
    { id: 'chem', area: 'chm', hazards: ['C'], scenarios: ['plant'] },
    { id: 'chem2', area: 'chm', hazards: ['C'], scenarios: ['plant'] },
    { id: 'src', area: 'rad', hazards: ['R'], scenarios: ['source'] },
  ],
  [
    { id: 'lab', hazard: 'B', category: 'accidental-release' },
    { id: 'theft', hazard: 'B', category: 'theft-diversion' },
    { id: 'plant', hazard: 'C', category: 'facility-accident' },
    { id: 'source', hazard: 'R', category: 'loss-of-control' },
  ],
);
export const panelAnswers = {
  leg: level(2),
  team: level(2),
  bsl: level(2),
  pers: level(2),
  inv: level(2),
  chem: level(2),
  chem2: level(3),
  src: level(2),
  lab: rated(4, 4),
  theft: rated(2, 4),
  plant: rated(3, 4),
};
