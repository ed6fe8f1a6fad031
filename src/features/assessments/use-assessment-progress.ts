import type { Assessment } from '../../domain/assessment/assessment';
import { computeVisibility } from '../../domain/conditions/visibility';
import { computeProgress } from '../../domain/validation/progress';
import { today } from '../../services/today';
import { findQuestionnaire } from '../../services/questionnaire-registry';
import { useStore } from '../../ui/store-context';
import { usePromise } from '../../ui/use-promise';
import { useLive } from '../../storage/store';
import { usableAnswers } from '../../domain/validation/record-gate';

/** Percent of shown questions answered, or undefined while loading or when the questionnaire is missing. */
export function useAssessmentProgress(assessment: Assessment): number | undefined {
  const store = useStore();
  const records = useLive(() => store.answers.list(assessment.id), [store, assessment.id]);
  const available = usePromise(
    () => findQuestionnaire(store, assessment.questionnaire),
    [assessment.questionnaire.id, assessment.questionnaire.version],
  );
  if (!records || available.status !== 'done' || !available.value) return undefined;
  const { index } = available.value;
  const answers = new Map(usableAnswers(records, assessment, index).usable.map((r) => [r.questionId, r]));
  const visibility = computeVisibility(index, answers);
  return computeProgress(index, visibility, answers, {
    agencyIds: new Set(assessment.roster.map((a) => a.id)),
    today: today(),
  }).percent;
}
