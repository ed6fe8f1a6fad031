import type { Assessment } from '../domain/assessment/assessment';
import { moveAssessment, type MovedAssessment } from '../domain/assessment/version-move';
import type { Store } from '../storage/store';
import type { AvailableQuestionnaire } from './questionnaire-registry';

/** The next version of an assessment's questionnaire on this device, if there is one to move to. */
export function nextVersion(
  assessment: Assessment,
  available: readonly AvailableQuestionnaire[],
): AvailableQuestionnaire | undefined {
  if (assessment.movedTo) return undefined;
  return available.find(
    (q) =>
      q.questionnaire.id === assessment.questionnaire.id &&
      q.questionnaire.changes?.previousVersion === assessment.questionnaire.version,
  );
}

/** What moving would do, computed from what is stored (nothing is written). */
export async function previewMove(
  store: Store,
  assessment: Assessment,
  source: AvailableQuestionnaire,
  target: AvailableQuestionnaire,
  newId: string,
  now: number,
): Promise<MovedAssessment> {
  const { answers, reviewLog, plan } = await store.exchange.gather(assessment.id);
  return moveAssessment({ assessment, answers, reviewLog, plan }, source, target, newId, now);
}
