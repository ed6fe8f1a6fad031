import type { z } from 'zod';
import { formatPath, type LoadIssue } from './load-result';

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number')
    return Number.isInteger(value) ? `the number ${value}` : `the number ${value}`;
  if (typeof value === 'string')
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const typeNames: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig, small: boolean): string {
  const bound = Number('minimum' in issue ? issue.minimum : issue.maximum);
  const most = small ? 'at least' : 'at most';
  switch (issue.origin) {
    case 'array':
      return small && bound === 1
        ? 'must not be an empty list'
        : `must have ${most} ${bound} item${bound === 1 ? '' : 's'}`;
    case 'string':
      return small && bound === 1 ? 'must not be empty' : `must be ${most} ${bound} characters long`;
    default: {
      const inclusive = issue.inclusive !== false;
      if (inclusive) return `must be ${most} ${bound}`;
      return `must be ${small ? 'greater' : 'less'} than ${bound}`;
    }
  }
}

function quoteList(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

/** A message the schema itself gave (zod's own start with "Too small", "Too big" or "Invalid"). */
function custom(message: string): string | undefined {
  return /^(Too small|Too big|Invalid)/.test(message) ? undefined : message;
}

/** Turns zod's issues into plain messages a questionnaire author or a user can act on. */
export function zodIssuesToLoadIssues(issues: readonly z.core.$ZodIssue[]): LoadIssue[] {
  const out: LoadIssue[] = [];
  for (const issue of issues) {
    const path = issue.path;
    const push = (message: string, at: readonly PropertyKey[] = path) =>
      out.push({ severity: 'error', path: formatPath(at), message });
    switch (issue.code) {
      case 'invalid_type':
        if (issue.input === undefined) push('is required');
        else push(`must be ${typeNames[issue.expected] ?? issue.expected}, not ${describe(issue.input)}`);
        break;
      case 'unrecognized_keys':
        for (const key of issue.keys) push('is not a field of this format', [...path, key]);
        break;
      case 'invalid_union':
        if ('note' in issue && issue.note === 'No matching discriminator') {
          const key = String(issue.discriminator ?? 'kind');
          const options = quoteList((issue as { options?: unknown[] }).options ?? []);
          const input = issue.input as Record<string, unknown> | undefined;
          const value = typeof input === 'object' && input !== null ? input[key] : undefined;
          if (value === undefined) push(`is required; expected one of: ${options}`);
          else push(`unknown ${key} ${JSON.stringify(value)}; expected one of: ${options}`);
        } else {
          push(issue.message);
        }
        break;
      case 'invalid_value':
        if (issue.values.length === 1)
          push(`must be ${JSON.stringify(issue.values[0])}, not ${describe(issue.input)}`);
        else push(`must be one of: ${quoteList(issue.values)}; got ${describe(issue.input)}`);
        break;
      case 'too_small':
        push(custom(issue.message) ?? sizeMessage(issue, true));
        break;
      case 'too_big':
        push(custom(issue.message) ?? sizeMessage(issue, false));
        break;
      default:
        push(issue.message);
    }
  }
  return out;
}
