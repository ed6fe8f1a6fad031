import type { AnswerRecord } from '../assessment/answer';
import type { Assessment } from '../assessment/assessment';
import type { BackupFile } from './backup-file';

/** What restoring a backup would do to one assessment on this device. */
export type RestoreImpact =
  | { kind: 'deleted'; id: string; title: string; answers: number }
  | {
      kind: 'rolledBack';
      id: string;
      title: string;
      /** Answers here that differ from the backup's and were changed after it was made. */
      newer: number;
      /** Answers here that the backup does not have at all. */
      missing: number;
    };

const sameContent = (a: AnswerRecord, b: AnswerRecord) =>
  JSON.stringify([a.value, a.special, a.comment, a.evidence]) ===
  JSON.stringify([b.value, b.special, b.comment, b.evidence]);

/**
 * A restore replaces everything on the device: this lists what would be lost — assessments the
 * backup lacks, and answers changed since it was made — so nothing goes silently.
 */
export function restoreImpact(
  local: readonly { assessment: Assessment; answers: readonly AnswerRecord[] }[],
  backup: BackupFile,
): RestoreImpact[] {
  const inBackup = new Map(backup.assessments.map((f) => [f.assessment.id, f]));
  return local.flatMap(({ assessment, answers }): RestoreImpact[] => {
    const file = inBackup.get(assessment.id);
    if (!file)
      return [{ kind: 'deleted', id: assessment.id, title: assessment.title, answers: answers.length }];
    const theirs = new Map(file.answers.map((a) => [a.questionId, a]));
    let newer = 0;
    let missing = 0;
    for (const mine of answers) {
      const other = theirs.get(mine.questionId);
      if (!other) missing++;
      else if (!sameContent(mine, other) && mine.updatedAt > other.updatedAt) newer++;
    }
    return newer + missing > 0
      ? [{ kind: 'rolledBack', id: assessment.id, title: assessment.title, newer, missing }]
      : [];
  });
}
