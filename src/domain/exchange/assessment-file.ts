import { z } from 'zod';
import { answerRecordSchema, type AnswerRecord } from '../assessment/answer';
import { assessmentSchema, type Assessment } from '../assessment/assessment';
import { LIMITS } from '../limits';
import { resultOf, type LoadIssue, type LoadResult } from '../load-result';
import { parseJson } from '../parse-json';
import { adoptedPlanSchema } from '../monitoring/adopted-plan';
import { monitoringUpdateSchema } from '../monitoring/monitoring';
import { planEditsSchema, type PlanEdits } from '../plan/plan-edits';
import { reviewEntrySchema, type ReviewEntry } from '../scoring/review';
import { zodIssuesToLoadIssues } from '../zod-issues';
import { newerFormatIssue } from './format-version';

export const ASSESSMENT_FILE_TYPE = 'cbrn-nap-assessment';
/** 2 carries the plan cycle (adopted plan versions and monitoring updates); 1 files still import. */
export const ASSESSMENT_FILE_VERSION = 2;

/** The plan cycle in a file: every adopted version and every monitoring update. */
export const monitoringRecordsSchema = z.strictObject({
  adopted: z.array(adoptedPlanSchema).max(1000),
  updates: z.array(monitoringUpdateSchema).max(LIMITS.answers.monitoringUpdates),
});

const contentHash = z
  .string()
  .regex(/^sha256:[0-9a-f]{64}$/, { error: 'must be "sha256:" and 64 hex digits' });

/**
 * An assessment carried between devices: profile and roster, answers, review log, plan edits and
 * (format 2) the plan cycle.
 */
export const assessmentFileSchema = z
  .strictObject({
    type: z.literal(ASSESSMENT_FILE_TYPE),
    formatVersion: z.literal([1, ASSESSMENT_FILE_VERSION]),
    appVersion: z.string().min(1),
    exportedAt: z.number().int().nonnegative(),
    /** The whole assessment, or only the areas one agency answered. */
    scope: z.discriminatedUnion('kind', [
      z.strictObject({ kind: z.literal('all') }),
      z.strictObject({ kind: z.literal('areas'), areaIds: z.array(z.string().min(1)).min(1) }),
    ]),
    questionnaire: z.strictObject({ id: z.string().min(1), version: z.string().min(1), contentHash }),
    assessment: assessmentSchema,
    // One answer per question at most: a longer list is refused here, in the file check, before
    // anything meets the questionnaire (or the page that shows the problems).
    answers: z.array(answerRecordSchema).max(LIMITS.questionnaire.questions, {
      error: (issue) =>
        `${Array.isArray(issue.input) ? issue.input.length : 'too many'} answers; no questionnaire may have more than ${LIMITS.questionnaire.questions} questions`,
    }),
    reviewLog: z.array(reviewEntrySchema),
    plan: planEditsSchema.nullable(),
    monitoring: monitoringRecordsSchema.optional(),
  })
  .superRefine((file, ctx) => {
    if (file.formatVersion === 1 && file.monitoring)
      ctx.addIssue({
        code: 'custom',
        path: ['monitoring'],
        message: 'a format 1 file carries no monitoring: monitoring came with format 2',
      });
  });
export type AssessmentFile = z.infer<typeof assessmentFileSchema>;
export type MonitoringRecords = z.infer<typeof monitoringRecordsSchema>;

export interface AssessmentFileInput {
  assessment: Assessment;
  answers: AnswerRecord[];
  reviewLog: ReviewEntry[];
  plan: PlanEdits | null;
  monitoring?: MonitoringRecords;
  contentHash: string;
  appVersion: string;
  now: number;
  /** Only the answers of these areas' questions, when given. */
  areas?: { ids: string[]; questionIds: ReadonlySet<string> };
}

export function buildAssessmentFile(input: AssessmentFileInput): AssessmentFile {
  const { assessment, areas } = input;
  return {
    type: ASSESSMENT_FILE_TYPE,
    formatVersion: ASSESSMENT_FILE_VERSION,
    appVersion: input.appVersion,
    exportedAt: input.now,
    scope: areas ? { kind: 'areas', areaIds: areas.ids } : { kind: 'all' },
    questionnaire: { ...assessment.questionnaire, contentHash: input.contentHash },
    assessment,
    answers: areas ? input.answers.filter((a) => areas.questionIds.has(a.questionId)) : input.answers,
    reviewLog: areas ? [] : input.reviewLog,
    plan: areas ? null : input.plan,
    // An agency's part carries no plan cycle, as it carries no plan.
    monitoring: areas ? { adopted: [], updates: [] } : (input.monitoring ?? { adopted: [], updates: [] }),
  };
}

/**
 * Reads an assessment file. Never throws: a file of another kind, of a newer format or of another
 * shape is refused with the path and the reason; its records then pass the gate (checkAssessmentFile).
 */
export function loadAssessmentFile(text: string): LoadResult<AssessmentFile> {
  const json = parseJson(text);
  if (!json.ok) return { status: 'failure', issues: [json.issue] };
  return loadAssessmentValue(json.value);
}

/** The same, for a value already parsed from JSON. */
export function loadAssessmentValue(input: unknown): LoadResult<AssessmentFile> {
  const value = input as { type?: unknown; formatVersion?: unknown } | null;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return {
      status: 'failure',
      issues: [{ severity: 'error', path: '$', message: 'not an assessment file: expected a JSON object' }],
    };
  if (value.type !== ASSESSMENT_FILE_TYPE)
    return {
      status: 'failure',
      issues: [
        {
          severity: 'error',
          path: '$.type',
          message: `not an assessment file: "type" must be "${ASSESSMENT_FILE_TYPE}"`,
        },
      ],
    };
  const newer = newerFormatIssue(value, ASSESSMENT_FILE_VERSION);
  if (newer) return { status: 'failure', issues: [newer] };
  const parsed = assessmentFileSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) return { status: 'failure', issues: zodIssuesToLoadIssues(parsed.error.issues) };
  const file = parsed.data;
  const issues: LoadIssue[] = [];
  // Owners, duplicates and values are the gate's (record-gate.ts), with the questionnaire at hand.
  if (
    file.assessment.questionnaire.id !== file.questionnaire.id ||
    file.assessment.questionnaire.version !== file.questionnaire.version
  )
    issues.push({
      severity: 'error',
      path: '$.assessment.questionnaire',
      message: 'does not match "questionnaire"',
    });
  return resultOf(file, issues);
}
