import { newAssessment } from '../../domain/assessment/assessment';
import { exampleAssessmentSchema } from '../../domain/assessment/example';
import type { Store } from '../../storage/store';
import { exampleRecords } from '../../domain/assessment/example-records';

/**
 * Opens the example assessment: the one already on this device, or a new one created from the
 * example file shipped beside the questionnaire.
 */
export async function openExample(
  store: Store,
  exampleTexts: string[],
  newId: string,
  now: number,
): Promise<string> {
  const existing = (await store.assessments.list()).assessments.find((a) => a.example);
  if (existing) return existing.id;
  const text = exampleTexts[0];
  if (!text) throw new Error('no example assessment is bundled');
  const example = exampleAssessmentSchema.parse(JSON.parse(text));
  await store.assessments.create(
    newAssessment({
      id: newId,
      profile: example.profile,
      questionnaire: example.questionnaire,
      now,
      example: true,
    }),
  );
  await store.answers.save(exampleRecords(example, newId, now));
  return newId;
}
