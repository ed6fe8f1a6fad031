import type { LoadIssue } from './load-result';
/**
 * One set of limits for everything that comes in, checked where it comes in (files, storage,
 * the command line) and where the app writes a file it must be able to read back (backups).
 * They are far above any real questionnaire or assessment and keep hostile input bounded.
 */
const MiB = 1024 * 1024;

export const LIMITS = {
  /** Bytes of a file, before it is read. */
  fileBytes: {
    questionnaire: 32 * MiB,
    assessment: 25 * MiB,
    backup: 100 * MiB,
  },
  /** How deep JSON may nest (objects and lists inside each other). */
  jsonDepth: 64,
  questionnaire: {
    areas: 100,
    questions: 10_000,
    questionsPerArea: 500,
    options: 200,
    columns: 40,
    actions: 20_000,
    /** Conditions inside conditions. */
    conditionDepth: 12,
    /** Characters of one text of the questionnaire. */
    text: 20_000,
    patterns: 200,
    patternLength: 300,
  },
  answers: {
    /** Characters of a text answer (comments and evidence have the same limit). */
    text: 20_000,
    tableRows: 1_000,
    agencies: 100,
    reviewEntries: 50_000,
    customActions: 2_000,
    /** Monitoring updates of one assessment (quarterly reports on 2,000 actions for 25 years). */
    monitoringUpdates: 200_000,
  },
  /** Issues kept from one check, and shown at once ("and N more"). */
  issues: { kept: 1_000, shown: 50 },
} as const;

/** An encrypted file carries its content in base64: a third larger, plus its envelope. */
export function encryptedBytes(plainBytes: number): number {
  return Math.ceil((plainBytes * 4) / 3) + 4096;
}

/** "12.3 MB", for messages about sizes. */
export function megabytes(bytes: number): string {
  return `${(bytes / MiB).toFixed(1)} MB`;
}

/** At most `LIMITS.issues.kept` issues, and a last one saying how many more there were. */
export function capIssues(issues: LoadIssue[]): LoadIssue[] {
  const max = LIMITS.issues.kept;
  if (issues.length <= max) return issues;
  return [
    ...issues.slice(0, max),
    { severity: 'error', path: '$', message: `and ${issues.length - max} more problems not listed` },
  ];
}
