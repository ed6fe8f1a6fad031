import { useMemo } from 'react';
import type { Assessment } from '../../domain/assessment/assessment';
import { assignmentProgress } from '../../domain/assessment/assignments';
import { computeVisibility } from '../../domain/conditions/visibility';
import { computeProgress } from '../../domain/validation/progress';
import { today } from '../../services/today';
import { findQuestionnaire } from '../../services/questionnaire-registry';
import { useStore } from '../../ui/store-context';
import { usePromise } from '../../ui/use-promise';
import { useLive } from '../../storage/store';
import { usableAnswers } from '../../domain/validation/record-gate';

export interface CardProgress {
  /** Percent of shown questions answered. */
  percent: number;
  /** Agencies with assignments, and how many of them are past a due day with questions open. */
  assignments?: { agencies: number; overdue: number };
}

/** The card's figures, or undefined while loading or when the questionnaire is missing. */
export function useAssessmentProgress(assessment: Assessment): CardProgress | undefined {
  const store = useStore();
  const records = useLive(() => store.answers.list(assessment.id), [store, assessment.id]);
  const available = usePromise(
    () => findQuestionnaire(store, assessment.questionnaire),
    [assessment.questionnaire.id, assessment.questionnaire.version],
  );
  const found = available.status === 'done' ? available.value : undefined;
  const day = today();
  // The card is drawn again whenever the list above it is: the figures are worked out once per change of their inputs.
  return useMemo(() => {
    if (!records || !found) return undefined;
    const { index } = found;
    const answers = new Map(usableAnswers(records, assessment, index).usable.map((r) => [r.questionId, r]));
    const visibility = computeVisibility(index, answers);
    const { percent } = computeProgress(index, visibility, answers, {
      agencyIds: new Set(assessment.roster.map((a) => a.id)),
      today: day,
    });
    if (!assessment.assignments?.length) return { percent };
    const { agencies } = assignmentProgress(
      index,
      visibility,
      answers,
      assessment.assignments,
      assessment.roster,
      day,
    );
    return {
      percent,
      assignments: { agencies: agencies.length, overdue: agencies.filter((a) => a.overdue).length },
    };
  }, [records, found, assessment, day]);
}
