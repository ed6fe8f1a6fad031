import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AnswerRecord } from '../../domain/assessment/answer';
import type { Assessment } from '../../domain/assessment/assessment';
import type { PlanEdits } from '../../domain/plan/plan-edits';
import type { ReviewEntry } from '../../domain/scoring/review';
import type { AvailableQuestionnaire } from '../../services/questionnaire-registry';
import { useStore } from '../../ui/store-context';
import { computePlan } from '../../domain/plan/compute-plan';
import { usableAnswers } from '../../domain/validation/record-gate';

/** Answers, review log and plan edits of one assessment, live, and the plan computed from them. */
export function usePlanData(assessment: Assessment, available: AvailableQuestionnaire, language: string) {
  const store = useStore();
  const [storedAnswers, setRecords] = useState<AnswerRecord[]>();
  const [log, setLog] = useState<ReviewEntry[]>();
  const [stored, setStored] = useState<{ edits: PlanEdits | undefined }>();
  const [error, setError] = useState<unknown>();
  useEffect(() => store.answers.watch(assessment.id, setRecords, setError), [store, assessment.id]);
  useEffect(() => store.review.watch(assessment.id, setLog, setError), [store, assessment.id]);
  useEffect(
    () => store.plans.watch(assessment.id, (edits) => setStored({ edits }), setError),
    [store, assessment.id],
  );
  // The plan starts next quarter from the day it was first opened; kept once edited.
  const [openedAt] = useState(() => Date.now());

  const computed = useMemo(() => {
    if (!storedAnswers || !log || !stored) return undefined;
    const records = usableAnswers(storedAnswers, assessment, available.index).usable;
    const { edits, plan, recommended, structure } = computePlan({
      questionnaire: available.questionnaire,
      index: available.index,
      assessment,
      answers: new Map(records.map((r) => [r.questionId, r])),
      log,
      edits: stored.edits,
      language,
      now: openedAt,
    });
    return { records, log, edits, plan, recommended, structure };
  }, [storedAnswers, log, stored, available, assessment, language, openedAt]);

  /** Saves a change; the first change also fixes the set of recommended actions the plan is built on. */
  const save = useCallback(
    async (change: (edits: PlanEdits) => PlanEdits) => {
      if (!computed) return;
      const base =
        computed.edits.accepted.length > 0
          ? computed.edits
          : { ...computed.edits, accepted: computed.recommended };
      await store.plans.save({ ...change(base), updatedAt: Date.now() });
    },
    [computed, store],
  );
  return { computed, error, save };
}

export type PlanData = NonNullable<ReturnType<typeof usePlanData>['computed']>;
