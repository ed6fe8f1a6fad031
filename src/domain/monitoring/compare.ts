import type { AnswerMap } from '../assessment/answer';
import { computeVisibility } from '../conditions/visibility';
import type { QuestionnaireIndex } from '../questionnaire/questionnaire-index';
import { scoreIndicators, type IndicatorScore } from '../scoring/current-level';

export interface ComparedSide {
  /** When its answers describe (the assessment's date or its last answer), "YYYY-MM-DD". */
  day: string;
  index: QuestionnaireIndex;
  answers: AnswerMap;
}

export interface IndicatorChange {
  /** The id in the later assessment's questionnaire (or the earlier one's, for a removed indicator). */
  questionId: string;
  areaId: string;
  /** In both; only in the later questionnaire (added); only in the earlier one (removed). */
  presence: 'both' | 'added' | 'removed';
  before: number | null;
  after: number | null;
  /** after − before, when both have a level. */
  change: number | null;
  /** Actions of the plan reported done in between that serve this indicator (their numbers). */
  actionsDone: string[];
}

export interface AreaChange {
  areaId: string;
  /** Mean level over the indicators assessed on each side (null: none assessed). */
  before: number | null;
  after: number | null;
  change: number | null;
  improved: number;
  worse: number;
  same: number;
}

export interface Comparison {
  before: string;
  after: string;
  indicators: IndicatorChange[];
  areas: AreaChange[];
  /** Indicators with a level on both sides, and how they moved. */
  summary: {
    compared: number;
    improved: number;
    worse: number;
    same: number;
    added: number;
    removed: number;
  };
}

const level = (s: IndicatorScore | undefined) => (s?.result.assessed ? s.result.level : null);
const mean = (xs: number[]) => (xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length);

/**
 * Two assessments of one country, indicator by indicator and area by area: level then and now, the
 * change, and which plan actions were done in between. The later questionnaire may be a newer version:
 * `renamed` (earlier id → later id, from the version's changes) pairs renamed indicators; indicators in
 * only one of the two are listed as added or removed, never compared. Pure.
 */
export function compareAssessments(
  earlier: ComparedSide,
  later: ComparedSide,
  options: {
    renamed?: ReadonlyMap<string, string>;
    /** Done actions of the plan in between: the indicator each serves and its number. */
    actionsDone?: readonly { indicatorId?: string; number: string }[];
  } = {},
): Comparison {
  const score = (side: ComparedSide) =>
    scoreIndicators(side.index, side.answers, computeVisibility(side.index, side.answers));
  const renamed = options.renamed ?? new Map<string, string>();
  const before = new Map(score(earlier).map((s) => [renamed.get(s.questionId) ?? s.questionId, s]));
  const afterScores = score(later);
  const after = new Map(afterScores.map((s) => [s.questionId, s]));
  const done = new Map<string, string[]>();
  for (const a of options.actionsDone ?? [])
    if (a.indicatorId) done.set(a.indicatorId, [...(done.get(a.indicatorId) ?? []), a.number]);

  const indicators: IndicatorChange[] = afterScores.map((s) => {
    const was = before.get(s.questionId);
    const b = level(was);
    const n = level(s);
    return {
      questionId: s.questionId,
      areaId: s.areaId,
      presence: was ? 'both' : 'added',
      before: b,
      after: n,
      change: b !== null && n !== null ? n - b : null,
      actionsDone: done.get(s.questionId) ?? [],
    };
  });
  for (const [id, s] of before)
    if (!after.has(id))
      indicators.push({
        questionId: id,
        areaId: s.areaId,
        presence: 'removed',
        before: level(s),
        after: null,
        change: null,
        actionsDone: done.get(id) ?? [],
      });

  const areaIds = [
    ...new Set([...afterScores.map((s) => s.areaId), ...[...before.values()].map((s) => s.areaId)]),
  ];
  const areas = areaIds.map((areaId): AreaChange => {
    const mine = indicators.filter((i) => i.areaId === areaId);
    const b = mean(mine.flatMap((i) => (i.before === null ? [] : [i.before])));
    const n = mean(mine.flatMap((i) => (i.after === null ? [] : [i.after])));
    const moved = mine.filter((i) => i.change !== null);
    return {
      areaId,
      before: b,
      after: n,
      change: b !== null && n !== null ? n - b : null,
      improved: moved.filter((i) => i.change! > 0).length,
      worse: moved.filter((i) => i.change! < 0).length,
      same: moved.filter((i) => i.change === 0).length,
    };
  });
  const compared = indicators.filter((i) => i.change !== null);
  return {
    before: earlier.day,
    after: later.day,
    indicators,
    areas,
    summary: {
      compared: compared.length,
      improved: compared.filter((i) => i.change! > 0).length,
      worse: compared.filter((i) => i.change! < 0).length,
      same: compared.filter((i) => i.change === 0).length,
      added: indicators.filter((i) => i.presence === 'added').length,
      removed: indicators.filter((i) => i.presence === 'removed').length,
    },
  };
}
