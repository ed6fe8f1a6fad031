import type { Assessment } from '../domain/assessment/assessment';
import { compareAssessments, type Comparison } from '../domain/monitoring/compare';
import { actionProgress } from '../domain/monitoring/monitoring';
import { computePlan } from '../domain/plan/compute-plan';
import type { ResultsRow } from '../domain/plan/results-framework';
import { isoDay } from '../domain/validation/today';
import { usableAnswers } from '../domain/validation/record-gate';
import type { Store } from '../storage/store';
import { findQuestionnaire, type AvailableQuestionnaire } from './questionnaire-registry';

export interface LoadedComparison {
  earlier: Assessment;
  earlierAvailable: AvailableQuestionnaire;
  comparison: Comparison;
}

export type ComparisonProblem = 'notFound' | 'questionnaireMissing';

/** Assessments of the same country and questionnaire this one may be compared with, the one it started from first. */
export function comparable(assessments: readonly Assessment[], later: Assessment): Assessment[] {
  const others = assessments.filter(
    (a) =>
      a.id !== later.id &&
      a.country === later.country &&
      a.questionnaire.id === later.questionnaire.id &&
      !a.movedTo,
  );
  const from = later.reassessmentOf?.assessmentId;
  return [...others.filter((a) => a.id === from), ...others.filter((a) => a.id !== from)];
}

/**
 * An assessment compared with an earlier one of the country (by default the one it was started
 * from): both sets of stored answers through the gate, and the actions of the earlier assessment's
 * adopted plan reported done by `now`. Read from storage; the comparison itself is the domain's.
 */
export async function loadComparison(
  store: Store,
  later: Assessment,
  laterAvailable: AvailableQuestionnaire,
  earlierId: string,
  now: number,
): Promise<LoadedComparison | ComparisonProblem> {
  const earlier = await store.assessments.get(earlierId);
  if (!earlier) return 'notFound';
  const earlierAvailable = await findQuestionnaire(store, earlier.questionnaire);
  if (!earlierAvailable) return 'questionnaireMissing';
  const [before, after, monitoring] = await Promise.all([
    store.answers.list(earlier.id),
    store.answers.list(later.id),
    store.monitoring.list(earlier.id),
  ]);
  const asMap = (records: typeof before, owner: Assessment, available: AvailableQuestionnaire) =>
    new Map(usableAnswers(records, owner, available.index).usable.map((r) => [r.questionId, r]));
  const day = isoDay(now);
  const plan = monitoring.adopted.at(-1);
  const actionsDone = plan
    ? actionProgress(plan, monitoring.updates, day)
        .filter((r) => r.status === 'done')
        .map((r) => ({ indicatorId: r.action.indicatorId, number: r.action.number }))
    : [];
  const earlierDay =
    later.reassessmentOf?.assessmentId === earlier.id
      ? later.reassessmentOf.day
      : isoDay(before.reduce((m, a) => Math.max(m, a.updatedAt), 0) || earlier.updatedAt);
  return {
    earlier,
    earlierAvailable,
    comparison: compareAssessments(
      { day: earlierDay, index: earlierAvailable.index, answers: asMap(before, earlier, earlierAvailable) },
      { day, index: laterAvailable.index, answers: asMap(after, later, laterAvailable) },
      { actionsDone, renamed: renamedBetween(earlierAvailable, laterAvailable) },
    ),
  };
}

/** Indicators renamed from the earlier questionnaire version to the later one (the later version's changes). */
function renamedBetween(earlier: AvailableQuestionnaire, later: AvailableQuestionnaire): Map<string, string> {
  const changes = later.questionnaire.changes;
  return earlier.questionnaire.version !== later.questionnaire.version &&
    changes?.previousVersion === earlier.questionnaire.version
    ? new Map(changes.renamed.map((r) => [r.from, r.to]))
    : new Map<string, string>();
}

/**
 * The results framework of the assessment's plan as it stands (its indicators, baselines and
 * targets), for the progress report: the same pipeline as the plan screen and the Word plan.
 */
export async function currentResults(
  store: Store,
  assessment: Assessment,
  available: AvailableQuestionnaire,
  language: string,
  now: number,
): Promise<ResultsRow[]> {
  const stored = await store.exchange.gather(assessment.id);
  const answers = new Map(
    usableAnswers(stored.answers, assessment, available.index).usable.map((r) => [r.questionId, r]),
  );
  return computePlan({
    questionnaire: available.questionnaire,
    index: available.index,
    assessment,
    answers,
    log: stored.reviewLog,
    edits: stored.plan ?? undefined,
    language,
    now,
  }).structure.results;
}
