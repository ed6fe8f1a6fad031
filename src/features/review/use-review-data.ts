import { useEffect, useMemo, useState } from 'react';
import { analyseAssessment } from '../../domain/scoring/analyse';
import type { AnswerRecord, AnswerState } from '../../domain/assessment/answer';
import type { Assessment } from '../../domain/assessment/assessment';
import { scoreIndicators, summariseAreas } from '../../domain/scoring/current-level';
import type { ReviewEntry } from '../../domain/scoring/review';
import type { AvailableQuestionnaire } from '../../services/questionnaire-registry';
import { useStore } from '../../ui/store-context';
import { usableAnswers } from '../../domain/validation/record-gate';

/** Answers and review log of one assessment, live, and everything computed from them. */
export function useReviewData(assessment: Assessment, available: AvailableQuestionnaire) {
  const store = useStore();
  const [stored, setRecords] = useState<AnswerRecord[]>();
  const [log, setLog] = useState<ReviewEntry[]>();
  const [error, setError] = useState<unknown>();
  useEffect(() => store.answers.watch(assessment.id, setRecords, setError), [store, assessment.id]);
  useEffect(() => store.review.watch(assessment.id, setLog, setError), [store, assessment.id]);

  const computed = useMemo(() => {
    if (!stored || !log) return undefined;
    // Only answers that pass the gate reach priorities (the fill screen lists the others).
    const records = usableAnswers(stored, assessment, available.index).usable;
    const { index, questionnaire } = available;
    const answers = new Map<string, AnswerState>(records.map((r) => [r.questionId, r]));
    const { visibility, review, priorities, sensitivity } = analyseAssessment(
      questionnaire,
      index,
      answers,
      log,
      assessment.horizon,
    );
    const scores = scoreIndicators(index, answers, visibility);
    const areas = summariseAreas(
      questionnaire.areas.map((a) => a.id),
      scores,
    );
    return {
      answers,
      records: new Map(records.map((r) => [r.questionId, r])),
      visibility,
      review,
      priorities,
      sensitivity,
      areas,
      log,
    };
  }, [stored, log, available, assessment]);
  return { computed, error };
}

export type ReviewData = NonNullable<ReturnType<typeof useReviewData>['computed']>;
