import { z } from 'zod';
import { assignmentSchema } from './assignments';

export const MARKINGS = ['unclassified', 'official-use', 'restricted', 'confidential'] as const;
export type Marking = (typeof MARKINGS)[number];

export const HORIZONS = [1, 5] as const;

export const agencySchema = z.strictObject({
  id: z.string().min(1),
  name: z.string().trim().min(1, { error: 'name' }).max(200),
  acronym: z.string().trim().max(40).default(''),
  /** An agency role id of the questionnaire: actions led by that role default to this agency. */
  role: z.string().default(''),
  focalPerson: z.string().trim().max(200).default(''),
});
export type Agency = z.infer<typeof agencySchema>;

/** The editable profile of an assessment: what the create and settings forms edit. */
export const assessmentProfileSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  country: z.string().regex(/^[A-Z]{2}$/),
  horizon: z.union([z.literal(1), z.literal(5)]),
  marking: z.enum(MARKINGS),
  roster: z.array(agencySchema).max(100),
});
export type AssessmentProfile = z.infer<typeof assessmentProfileSchema>;

export const questionnaireRefSchema = z.strictObject({
  id: z.string().min(1),
  version: z.string().min(1),
});
export type QuestionnaireRef = z.infer<typeof questionnaireRefSchema>;

export const assessmentSchema = assessmentProfileSchema.extend({
  id: z.string().min(1),
  /** An assessment is pinned to one questionnaire id and version. */
  questionnaire: questionnaireRefSchema,
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
  example: z.boolean().default(false),
  /** Areas and single questions given to roster agencies to answer (see assignments.ts). */
  assignments: z.array(assignmentSchema).max(5000).optional(),
  /**
   * The CouchDB server this assessment syncs through, set by the coordinator (see sync-server.ts);
   * none: the assessment moves between devices by files only.
   */
  sync: z.strictObject({ server: z.string().url().max(500) }).optional(),
  /** Ids this assessment has on other devices, when it was imported from a file under a new id. */
  aliases: z.array(z.string().min(1)).max(100).optional(),
  /** Made by moving another assessment to this questionnaire version (that one is kept). */
  movedFrom: z
    .strictObject({
      assessmentId: z.string().min(1),
      version: z.string().min(1),
      at: z.number().int().nonnegative(),
      /** Questions new in this version: marked new until answered. */
      fresh: z.array(z.string().min(1)).max(10_000),
      /** Answers of the earlier version not carried (removed or replaced questions), kept here. */
      setAside: z
        .array(
          z.strictObject({
            questionId: z.string().min(1),
            value: z.unknown().optional(),
            special: z.enum(['dontKnow', 'notApplicable']).optional(),
            comment: z.string().max(20_000).optional(),
            evidence: z.string().max(20_000).optional(),
            author: z.string().max(200),
            updatedAt: z.number().int().nonnegative(),
            /** Why it was not carried, and the questions that replace it, if any. */
            reason: z.string().max(2000),
            by: z.array(z.string().min(1)).max(100).optional(),
          }),
        )
        .max(10_000),
    })
    .optional(),
  /**
   * A re-assessment, started from an earlier assessment of the country: its answers were carried as
   * the starting point, each marked "from <day>" until it is confirmed or changed (a record newer than `at`).
   */
  reassessmentOf: z
    .strictObject({
      assessmentId: z.string().min(1),
      title: z.string().max(200),
      /** The day the earlier answers describe (their last edit), "YYYY-MM-DD". */
      day: z.iso.date(),
      at: z.number().int().nonnegative(),
      /** Questions whose answers were carried. */
      carried: z.array(z.string().min(1)).max(20_000),
    })
    .optional(),
  /** This assessment was moved to a newer version: the copy kept on the earlier one. */
  movedTo: z
    .strictObject({
      assessmentId: z.string().min(1),
      version: z.string().min(1),
      at: z.number().int().nonnegative(),
    })
    .optional(),
});
export type Assessment = z.infer<typeof assessmentSchema>;

export interface NewAssessmentInput {
  id: string;
  profile: AssessmentProfile;
  questionnaire: QuestionnaireRef;
  now: number;
  example?: boolean;
}

export function newAssessment({
  id,
  profile,
  questionnaire,
  now,
  example = false,
}: NewAssessmentInput): Assessment {
  return { ...profile, id, questionnaire, createdAt: now, updatedAt: now, example };
}
