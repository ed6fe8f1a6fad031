import type { AnswerRecord } from './answer';
import type { ExampleAssessment } from './example';
import { own } from '../own';

/** An example's answers as the records of an assessment, stamped with their authors. */
export function exampleRecords(example: ExampleAssessment, assessmentId: string, at = 0): AnswerRecord[] {
  const fallback = example.profile.roster[0]?.focalPerson ?? '';
  return Object.entries(example.answers).map(([questionId, state]) => ({
    ...state,
    assessmentId,
    questionId,
    updatedAt: at,
    author: own(example.authors, questionId) ?? fallback,
  }));
}
