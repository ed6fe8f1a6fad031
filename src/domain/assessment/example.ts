import { z } from 'zod';
import { answerStateSchema } from './answer';
import { assessmentProfileSchema, questionnaireRefSchema } from './assessment';

/** An example assessment shipped with a questionnaire: a fictional country's profile and answers. */
export const exampleAssessmentSchema = z.strictObject({
  $comment: z.string().optional(),
  questionnaire: questionnaireRefSchema,
  profile: assessmentProfileSchema,
  /** Who answered, per question (defaults to the first roster agency's focal person). */
  authors: z.record(z.string(), z.string()).default({}),
  answers: z.record(z.string(), answerStateSchema),
});
export type ExampleAssessment = z.infer<typeof exampleAssessmentSchema>;

/** The ISO 3166 user-assigned code used for the fictional example country. */
export const EXAMPLE_COUNTRY = 'XX';
