import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../domain/assessment/assessment';
import { useLive } from '../storage/store';
import { findQuestionnaire, type AvailableQuestionnaire } from '../services/questionnaire-registry';
import { useStore } from './store-context';
import { usePromise } from './use-promise';

/**
 * Loads an assessment (live) and the questionnaire it is pinned to, and says plainly when either is
 * missing; renders its children only when both are there.
 */
export function AssessmentGate({
  assessmentId,
  children,
}: {
  assessmentId: string;
  children: (assessment: Assessment, available: AvailableQuestionnaire) => ReactNode;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const assessment = useLive(() => store.assessments.get(assessmentId), [store, assessmentId], null);
  const ref = assessment ? `${assessment.questionnaire.id}@${assessment.questionnaire.version}` : '';
  const available = usePromise(
    () => (assessment ? findQuestionnaire(store, assessment.questionnaire) : Promise.resolve(undefined)),
    [ref],
  );
  if (assessment === null || available.status !== 'done') return <p role="status">{t('common.loading')}</p>;
  if (!assessment) return <p role="alert">{t('fill.notFound')}</p>;
  if (!available.value) return <p role="alert">{t('fill.questionnaireMissing', assessment.questionnaire)}</p>;
  return <>{children(assessment, available.value)}</>;
}
