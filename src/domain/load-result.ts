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

/** Parses JSON text; a syntax error becomes an issue that names the line and column. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; issue: LoadIssue } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(detail);
    const offset = position ? Number(position[1]) : undefined;
    let where: string;
    if (text.trim() === '') where = ': the file is empty';
    else if (
      /Unexpected end|Unterminated/.test(detail) ||
      (offset !== undefined && offset >= text.trimEnd().length - 1)
    )
      where = ': the text ends too early';
    else if (offset !== undefined) {
      const before = text.slice(0, offset).split('\n');
      where = ` at line ${before.length}, column ${(before.at(-1)?.length ?? 0) + 1}`;
    } else where = ' at line 1, column 1';
    return {
      ok: false,
      issue: { severity: 'error', path: '$', message: `not valid JSON${where}` },
    };
  }
}
