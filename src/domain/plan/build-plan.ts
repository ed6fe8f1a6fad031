import type { AnswerMap } from '../assessment/answer';
import type { Agency } from '../assessment/assessment';
import type { Action, Questionnaire } from '../questionnaire/schema';
import { resolveText } from '../questionnaire/text';
import type { QuestionnaireIndex } from '../questionnaire/questionnaire-index';
import type { ActionType, CostBand } from '../questionnaire/vocabulary';
import type { Tier } from '../scoring/config';
import { actionsBetween, type Prioritisation, type PriorityRow } from '../scoring/prioritise';
import type { RiskSource } from '../scoring/risk';
import { addMonths } from './months';
import { ACTION_TEXT_FIELDS, type ActionStatus, type FundingSource, type PlanEdits } from './plan-edits';
import { own } from '../own';

/** Where an action comes from: the answer, the gap and the risk behind it. */
export interface ActionTrace {
  current: number;
  target: number;
  gap: number;
  risk: number;
  riskSource: RiskSource;
  scenarios: string[];
  score: number;
  tierOverridden: boolean;
  comment?: string;
  evidence?: string;
}

export interface PlanAction {
  id: string;
  source: 'library' | 'custom';
  areaId: string;
  indicatorId?: string;
  indicatorCode?: string;
  indicatorTitle?: string;
  /** The level this action unlocks (library actions). */
  level?: number;
  /** The user's own wording of the objective; otherwise the UI and the document say "raise <indicator> from level current to target". */
  objective?: string;
  title: string;
  description: string;
  type: ActionType;
  tier: Tier;
  leadAgencyId: string | null;
  supportAgencyIds: string[];
  start: string;
  end: string;
  /** The computed timeline runs past the plan's horizon. */
  beyondHorizon: boolean;
  achievement: string;
  costBand: CostBand;
  status: ActionStatus;
  /** One of its area's first actions in priority order: the plan presents these first. */
  priority: boolean;
  /**
   * The action's number in this plan, "A-<area>.<n>" over the live actions in plan order (a dropped
   * action has none): never the same as an indicator's code.
   */
  number?: string;
  dropReason?: string;
  fundingSource?: FundingSource;
  /** The language each text field a person wrote is in (the other language's document marks it). */
  written?: Partial<Record<(typeof ACTION_TEXT_FIELDS)[number], string>>;
  /** A custom action's objective, as chosen when it was added. */
  objectiveId?: string;
  /** Fields the user changed. */
  edited: string[];
  trace?: ActionTrace;
}

export interface PlanArea {
  areaId: string;
  code: string;
  title: string;
  actions: PlanAction[];
}

export interface PlanModel {
  startMonth: string;
  endMonth: string;
  horizon: 1 | 5;
  areas: PlanArea[];
  /** Against the accepted set: what a recomputation of priorities would add or remove. */
  changes: { add: string[]; remove: string[] };
}

export interface BuildPlanInput {
  questionnaire: Questionnaire;
  index: QuestionnaireIndex;
  roster: Agency[];
  horizon: 1 | 5;
  priorities: Prioritisation;
  answers: AnswerMap;
  edits: PlanEdits;
  language: string;
  /** How many actions per area are its priority actions (the panel's setting). */
  priorityActions?: number;
}

/** Months from the plan's start at which each tier's actions begin. */
export const TIER_START: Record<1 | 5, Record<Tier, number>> = {
  1: { high: 0, medium: 3, low: 6 },
  5: { high: 0, medium: 12, low: 24 },
};

/** The actions recommended for a ranked indicator: every action with current < level ≤ target, in level order. */
export function recommendedActions(actions: readonly Action[], row: PriorityRow): Action[] {
  const { current, target } = row.explanation;
  return actionsBetween(
    actions.filter((a) => a.indicator === row.questionId),
    current,
    target,
  );
}

export function recommendedIds(questionnaire: Questionnaire, priorities: Prioritisation): string[] {
  return priorities.ranked.flatMap((row) => recommendedActions(questionnaire.actions, row).map((a) => a.id));
}

/**
 * The draft plan: recommended actions grouped by area in priority order, with lead and supporting
 * agencies from the roster, a timeline by tier, and every user edit applied. Pure: all inputs are
 * arguments.
 */
export function buildPlan(input: BuildPlanInput): PlanModel {
  const { questionnaire, index, roster, horizon, priorities, answers, edits, language } = input;
  const text = (t: Parameters<typeof resolveText>[0] | undefined) =>
    t ? resolveText(t, language, questionnaire.defaultLanguage).text : '';
  const endMonth = addMonths(edits.startMonth, horizon * 12 - 1);
  const recommended = recommendedIds(questionnaire, priorities);
  const accepted = edits.accepted.length > 0 ? new Set(edits.accepted) : new Set(recommended);
  const changes = {
    add: recommended.filter((id) => !accepted.has(id)),
    remove: [...accepted].filter((id) => !recommended.includes(id)),
  };
  const byRole = (role: string) => roster.filter((a) => a.role === role).map((a) => a.id);
  const rowOf = new Map(priorities.ranked.map((r) => [r.questionId, r]));
  const actionsById = new Map(questionnaire.actions.map((a) => [a.id, a]));
  const rank = new Map(priorities.ranked.map((r, i) => [r.questionId, i]));

  // Accepted library actions, in priority order of their indicators, then level.
  const chosen = [...accepted]
    .map((id) => actionsById.get(id))
    .filter((a): a is Action => a !== undefined)
    .sort((a, b) => (rank.get(a.indicator) ?? 1e9) - (rank.get(b.indicator) ?? 1e9) || a.level - b.level);

  const timing = scheduleActions(
    chosen,
    (a) => rowOf.get(a.indicator)?.tier ?? 'low',
    edits.startMonth,
    horizon,
  );
  const library: PlanAction[] = chosen.map((action) => {
    const entry = index.byId.get(action.indicator)!;
    const row = rowOf.get(action.indicator);
    const tier = row?.tier ?? 'low';
    const { start, end } = timing.get(action.id)!;
    const answer = answers.get(action.indicator);
    const computed: PlanAction = {
      id: action.id,
      source: 'library',
      areaId: entry.area.id,
      indicatorId: action.indicator,
      indicatorCode: entry.question.code,
      indicatorTitle: text(entry.question.title),
      level: action.level,
      title: text(action.title),
      description: text(action.description),
      type: action.type,
      tier,
      leadAgencyId: byRole(action.leadRole)[0] ?? null,
      supportAgencyIds: [...new Set(action.supportRoles.flatMap(byRole))],
      start,
      end,
      beyondHorizon: end > endMonth,
      achievement: text(action.achievement),
      costBand: action.costBand,
      status: 'proposed',
      priority: false,
      edited: [],
      trace: row && {
        current: row.explanation.current,
        target: row.explanation.target,
        gap: row.explanation.gap,
        risk: row.explanation.risk.value,
        riskSource: row.explanation.risk.source,
        scenarios: row.explanation.risk.scenarios,
        score: row.explanation.score,
        tierOverridden: Boolean(row.tierOverride),
        comment: answer?.comment,
        evidence: answer?.evidence,
      },
    };
    return applyEdit(computed, edits, endMonth);
  });

  const custom: PlanAction[] = edits.custom.map((c) =>
    applyEdit(
      {
        ...c,
        source: 'custom',
        indicatorCode: c.indicatorId ? index.byId.get(c.indicatorId)?.question.code : undefined,
        indicatorTitle: c.indicatorId ? text(index.byId.get(c.indicatorId)?.question.title) : undefined,
        beyondHorizon: c.end > endMonth,
        priority: false,
        written: c.lang ? Object.fromEntries(ACTION_TEXT_FIELDS.map((f) => [f, c.lang!])) : undefined,
        edited: [],
      },
      edits,
      endMonth,
    ),
  );

  const all = [...library, ...custom];
  const areas = questionnaire.areas
    .map((area) => {
      const mine = all.filter((a) => a.areaId === area.id);
      // The area's first live library actions in priority order are its priority actions.
      mine
        .filter((a) => a.source === 'library' && a.status !== 'dropped')
        .slice(0, input.priorityActions ?? 3)
        .forEach((a) => (a.priority = true));
      const order = own(edits.order, area.id) ?? [];
      const position = (a: PlanAction) => {
        const i = order.indexOf(a.id);
        return i === -1 ? order.length + mine.indexOf(a) : i;
      };
      return {
        areaId: area.id,
        code: area.code ?? area.id,
        title: text(area.title),
        actions: [...mine].sort((a, b) => position(a) - position(b)),
      };
    })
    .filter((a) => a.actions.length > 0);
  areas.forEach((area, i) => {
    let n = 0;
    for (const a of area.actions) a.number = a.status === 'dropped' ? undefined : `A-${i + 1}.${++n}`;
  });
  return { startMonth: edits.startMonth, endMonth, horizon, areas, changes };
}

/**
 * When each accepted library action runs: from its tier's start (earlier for a chain that would
 * otherwise begin its last action after the plan ends), after the action of the level below on the
 * same indicator, and after the actions that bring the indicators it needs first (its
 * prerequisites) to the level it needs.
 */
export function scheduleActions(
  chosen: readonly Action[],
  tierOf: (a: Action) => Tier,
  startMonth: string,
  horizon: 1 | 5,
): Map<string, { start: string; end: string }> {
  const byIndicator = new Map<string, Action[]>();
  for (const a of chosen) byIndicator.set(a.indicator, [...(byIndicator.get(a.indicator) ?? []), a]);
  for (const list of byIndicator.values()) list.sort((a, b) => a.level - b.level);
  const timing = new Map<string, { start: string; end: string }>();
  const visiting = new Set<string>();
  // A tier's start is "not before", unless an indicator's actions, one after another, would then
  // start their last one after the plan ends: such a chain starts early enough to begin it in time.
  const tierStart = (a: Action) => {
    const chain = byIndicator.get(a.indicator)!;
    const lead = chain.slice(0, -1).reduce((n, b) => n + b.durationMonths, 0);
    return Math.max(0, Math.min(TIER_START[horizon][tierOf(a)], horizon * 12 - 1 - lead));
  };
  const time = (a: Action): { start: string; end: string } | undefined => {
    const known = timing.get(a.id);
    if (known) return known;
    if (visiting.has(a.id)) return undefined; // a loop of prerequisites: the content checks refuse these
    visiting.add(a.id);
    let start = addMonths(startMonth, tierStart(a));
    const after = (b: Action | undefined) => {
      const t = b && time(b);
      if (t && addMonths(t.end, 1) > start) start = addMonths(t.end, 1);
    };
    const same = byIndicator.get(a.indicator)!;
    after(same[same.indexOf(a) - 1]);
    for (const p of a.prerequisites ?? [])
      after(
        byIndicator
          .get(p.indicator)
          ?.filter((b) => b.level <= p.level)
          .at(-1),
      );
    const result = { start, end: addMonths(start, a.durationMonths - 1) };
    timing.set(a.id, result);
    visiting.delete(a.id);
    return result;
  };
  for (const a of chosen) time(a);
  return timing;
}

function applyEdit(action: PlanAction, edits: PlanEdits, endMonth: string): PlanAction {
  const edit = own(edits.edits, action.id);
  if (!edit) return action;
  const changed = Object.keys(edit).filter((k) => (edit as Record<string, unknown>)[k] !== undefined);
  const merged = { ...action } as Record<string, unknown>;
  for (const key of changed) merged[key] = (edit as Record<string, unknown>)[key];
  const result = merged as unknown as PlanAction;
  const written = edit.written ? { ...action.written, ...edit.written } : action.written;
  return {
    ...result,
    written,
    beyondHorizon: result.end > endMonth,
    edited: changed.filter((k) => k !== 'written'),
  };
}
