import { z } from 'zod';
import { resultOf, type LoadIssue, type LoadResult } from '../load-result';
import { parseJson } from '../parse-json';
import { zodIssuesToLoadIssues } from '../zod-issues';
import { assessmentFileSchema } from './assessment-file';
import { newerFormatIssue } from './format-version';

export const BACKUP_FILE_TYPE = 'cbrn-nap-backup';
export const BACKUP_FILE_VERSION = 1;

/** Everything on a device: every assessment (as assessment files) and every imported questionnaire. */
export const backupFileSchema = z.strictObject({
  type: z.literal(BACKUP_FILE_TYPE),
  formatVersion: z.literal(BACKUP_FILE_VERSION),
  appVersion: z.string().min(1),
  createdAt: z.number().int().nonnegative(),
  assessments: z.array(assessmentFileSchema),
  questionnaires: z.array(
    z.strictObject({ fileName: z.string(), importedAt: z.number().int().nonnegative(), text: z.string() }),
  ),
});
export type BackupFile = z.infer<typeof backupFileSchema>;

export function loadBackupValue(value: unknown): LoadResult<BackupFile> {
  const newer = newerFormatIssue(value, BACKUP_FILE_VERSION);
  if (newer) return { status: 'failure', issues: [newer] };
  const parsed = backupFileSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) return { status: 'failure', issues: zodIssuesToLoadIssues(parsed.error.issues) };
  const issues: LoadIssue[] = [];
  const ids = new Set<string>();
  parsed.data.assessments.forEach((a, i) => {
    if (ids.has(a.assessment.id))
      issues.push({
        severity: 'error',
        path: `$.assessments[${i}].assessment.id`,
        message: `a second assessment with id "${a.assessment.id}"`,
      });
    ids.add(a.assessment.id);
  });
  return resultOf(parsed.data, issues);
}

export function loadBackupFile(text: string): LoadResult<BackupFile> {
  const json = parseJson(text);
  if (!json.ok) return { status: 'failure', issues: [json.issue] };
  return loadBackupValue(json.value);
}
