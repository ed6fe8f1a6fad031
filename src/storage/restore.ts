import { assessmentSchema, type Assessment } from '../domain/assessment/assessment';
import { answerRecordSchema, type AnswerRecord } from '../domain/assessment/answer';
import { formatPath, type LoadIssue } from '../domain/load-result';
import { zodIssuesToLoadIssues } from '../domain/zod-issues';

/**
 * The one step every stored or imported row passes: fills defaults of newer fields, checks shape,
 * and reports what is wrong (with a path) rather than handing the UI a broken object.
 */
export function restoreAssessment(
  row: unknown,
): { ok: true; value: Assessment } | { ok: false; issues: LoadIssue[] } {
  const parsed = assessmentSchema.safeParse(row, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: zodIssuesToLoadIssues(parsed.error.issues) };
}

export function restoreAnswer(
  row: unknown,
  at: (string | number)[] = [],
): { ok: true; value: AnswerRecord } | { ok: false; issues: LoadIssue[] } {
  const parsed = answerRecordSchema.safeParse(row, { reportInput: true });
  if (parsed.success) return { ok: true, value: parsed.data };
  return {
    ok: false,
    issues: zodIssuesToLoadIssues(parsed.error.issues).map((i) => ({
      ...i,
      path: at.length ? formatPath(at) + i.path.slice(1) : i.path,
    })),
  };
}
