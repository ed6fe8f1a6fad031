import { visit } from 'jsonc-parser';
import { formatPath, type LoadIssue } from './load-result';
import { LIMITS } from './limits';

/** Parses JSON text; a syntax error becomes an issue that names the line and column. */
export function parseJson(text: string): { ok: true; value: unknown } | { ok: false; issue: LoadIssue } {
  // A byte-order mark is not part of the JSON (editors on Windows write one).
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(source) as unknown;
  } catch (error) {
    return { ok: false, issue: syntaxIssue(source, error) };
  }
  const depth = nestingDepth(source);
  if (depth > LIMITS.jsonDepth)
    return {
      ok: false,
      issue: {
        severity: 'error',
        path: '$',
        message: `nests ${depth} levels deep; no file of this app nests more than ${LIMITS.jsonDepth}`,
      },
    };
  const duplicate = firstDuplicateKey(source);
  if (duplicate)
    return {
      ok: false,
      issue: {
        severity: 'error',
        path: formatPath(duplicate.path),
        message: `the key "${duplicate.key}" appears twice in one object; JSON readers would silently keep only the last`,
      },
    };
  return { ok: true, value };
}

function syntaxIssue(text: string, error: unknown): LoadIssue {
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
  return { severity: 'error', path: '$', message: `not valid JSON${where}` };
}

/** How deep objects and lists nest in valid JSON text (counted without recursion: any depth is safe). */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

/** The first key that appears twice in one object, with the path of the object. */
function firstDuplicateKey(text: string): { key: string; path: (string | number)[] } | undefined {
  const keys: Set<string>[] = [];
  let found: { key: string; path: (string | number)[] } | undefined;
  visit(text, {
    onObjectBegin: () => void keys.push(new Set()),
    onObjectEnd: () => void keys.pop(),
    onObjectProperty: (key, _offset, _length, _line, _column, pathOf) => {
      const own = keys.at(-1)!;
      if (own.has(key) && !found) found = { key, path: [...pathOf(), key] };
      own.add(key);
    },
  });
  return found;
}
