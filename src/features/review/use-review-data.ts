import { useEffect, useMemo, useState } from 'react';
import { analyseAssessment } from '../../domain/scoring/analyse';
import type { AnswerRecord, AnswerState } from '../../domain/assessment/answer';
import type { Assessment } from '../../domain/assessment/assessment';
import { scoreIndicators, summariseAreas } from '../../domain/scoring/current-level';
import type { ReviewEntry } from '../../domain/scoring/review';
import type { AvailableQuestionnaire } from '../../services/questionnaire-registry';
import { useStore } from '../../ui/store-context';

/** Answers and review log of one assessment, live, and everything computed from them. */
export function useReviewData(assessment: Assessment, available: AvailableQuestionnaire) {
  const store = useStore();
  const [records, setRecords] = useState<AnswerRecord[]>();
  const [log, setLog] = useState<ReviewEntry[]>();
  const [error, setError] = useState<unknown>();
  useEffect(() => store.answers.watch(assessment.id, setRecords, setError), [store, assessment.id]);
  useEffect(() => store.review.watch(assessment.id, setLog, setError), [store, assessment.id]);

  const computed = useMemo(() => {
    if (!records || !log) return undefined;
    const { index, questionnaire } = available;
    const answers = new Map<string, AnswerState>(records.map((r) => [r.questionId, r]));
    const { visibility, review, priorities } = analyseAssessment(index, answers, log, assessment.horizon);
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
      areas,
      log,
    };
  }, [records, log, available, assessment.horizon]);
  return { computed, error };
}

export type ReviewData = NonNullable<ReturnType<typeof useReviewData>['computed']>;
