import type { LoadIssue } from '../load-result';

/** A file of a newer format than this app reads: say so, rather than listing fields it does not know. */
export function newerFormatIssue(value: unknown, supported: number): LoadIssue | undefined {
  const found = (value as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof found !== 'number' || found <= supported) return undefined;
  return {
    severity: 'error',
    path: '$.formatVersion',
    message: `written by a newer version of the app (format ${found}; this app reads up to ${supported}): update the app to open it`,
  };
}
