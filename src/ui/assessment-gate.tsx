import { useState, useSyncExternalStore, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../domain/assessment/assessment';
import { useLive } from '../storage/store';
import { findQuestionnaire, type AvailableQuestionnaire } from '../services/questionnaire-registry';
import { spaceGuard } from '../services/storage-guard';
import { useStore } from './store-context';
import { usePromise } from './use-promise';

/**
 * Loads an assessment (live) and the questionnaire it is pinned to, and says plainly when either is
 * missing; renders its children only when both are there. `open` reads the questionnaire another way
 * (the fill screen reads only the area it opens); it is called once per questionnaire version.
 */
export function AssessmentGate<T = AvailableQuestionnaire>({
  assessmentId,
  open,
  children,
}: {
  assessmentId: string;
  open?: (assessment: Assessment) => Promise<T | undefined>;
  children: (assessment: Assessment, available: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const store = useStore();
  const live = useLive(() => store.assessments.get(assessmentId), [store, assessmentId], null);
  // When the disk is full the browser may delete its database under the page (docs/reliability.md):
  // the page goes on showing what it has, so that its answers can still be saved to a file.
  const space = useSyncExternalStore(spaceGuard.subscribe, spaceGuard.get);
  const [last, setLast] = useState<Assessment>();
  if (live && live !== last) setLast(live);
  const assessment = live === undefined && space === 'critical' ? last : live;
  const ref = assessment ? `${assessment.questionnaire.id}@${assessment.questionnaire.version}` : '';
  const available = usePromise(
    () =>
      !assessment
        ? Promise.resolve(undefined)
        : open
          ? open(assessment)
          : (findQuestionnaire(store, assessment.questionnaire) as Promise<T | undefined>),
    [ref],
  );
  if (assessment === null || available.status !== 'done') return <p role="status">{t('common.loading')}</p>;
  if (!assessment) return <p role="alert">{t('fill.notFound')}</p>;
  if (!available.value) return <p role="alert">{t('fill.questionnaireMissing', assessment.questionnaire)}</p>;
  return <>{children(assessment, available.value)}</>;
}
