/** One problem found in a file: where (a JSON path such as `$.areas[0].items[2].id`) and what. */
export interface LoadIssue {
  severity: 'error' | 'warning';
  path: string;
  message: string;
}

/**
 * Loading never throws: it succeeds, succeeds with warnings, or fails with the list of errors
 * (warnings included) so that a user can mend the file in one pass.
 */
export type LoadResult<T> =
  | { status: 'success'; value: T; issues: [] }
  | { status: 'warning'; value: T; issues: LoadIssue[] }
  | { status: 'failure'; issues: LoadIssue[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

export function resultOf<T>(value: T, issues: LoadIssue[]): LoadResult<T> {
  if (issues.some((i) => i.severity === 'error')) return { status: 'failure', issues };
  if (issues.length > 0) return { status: 'warning', value, issues };
  return { status: 'success', value, issues: [] };
}
