import { hasValue, type AnswerState } from '../assessment/answer';
import { answerValueSchema, type TableRow } from '../assessment/answer-value';
import type { Option, Question, TableColumn } from '../questionnaire/schema';
import type { LocalisedText } from '../questionnaire/text';
import { own } from '../own';

export type AnswerIssueCode =
  | 'required'
  | 'notAllowed'
  | 'type'
  | 'integer'
  | 'min'
  | 'max'
  | 'minLength'
  | 'maxLength'
  | 'pattern'
  | 'minCount'
  | 'maxCount'
  | 'incomplete'
  | 'unknownAgency'
  | 'exclusive';

/** One problem with an answer. The UI turns `code` + `params` into words, unless the file gave a `message`. */
export interface AnswerIssue {
  code: AnswerIssueCode;
  params?: Record<string, string | number>;
  message?: LocalisedText;
  /** For table cells: the row (0-based) and column id. */
  row?: number;
  column?: string;
}

export interface ValidationContext {
  /** Agency ids of the assessment's roster. */
  agencyIds: ReadonlySet<string>;
  /** The day the answer is checked ("YYYY-MM-DD"), for date bounds of "today". */
  today: string;
}

/** A bound of a rule or column, with "today" read as the day of the check. */
function bound<T>(value: T | 'today' | undefined, ctx: ValidationContext): T | string | undefined {
  return value === 'today' ? ctx.today : value;
}

/** An option that excludes every other ("none of these"): marked so, or named "none" unless marked not. */
export function isExclusiveOption(option: Option): boolean {
  return option.exclusive ?? option.id === 'none';
}

function checkColumn(
  column: TableColumn,
  value: unknown,
  row: number,
  ctx: ValidationContext,
): AnswerIssue[] {
  const at = { row, column: column.id };
  if (!hasValue(value)) return column.required ? [{ code: 'required', ...at }] : [];
  if (column.kind === 'number' && typeof value === 'number') {
    if (column.integer && !Number.isInteger(value)) return [{ code: 'integer', ...at }];
    if (column.min !== undefined && value < column.min)
      return [{ code: 'min', params: { min: column.min }, ...at }];
    if (column.max !== undefined && value > column.max)
      return [{ code: 'max', params: { max: column.max }, ...at }];
  }
  if (column.kind === 'date' && typeof value === 'string') {
    const min = bound(column.min, ctx);
    const max = bound(column.max, ctx);
    if (min !== undefined && value < min) return [{ code: 'min', params: { min }, ...at }];
    if (max !== undefined && value > max) return [{ code: 'max', params: { max }, ...at }];
  }
  if (column.kind === 'agency' && typeof value === 'string' && !ctx.agencyIds.has(value))
    return [{ code: 'unknownAgency', ...at }];
  return [];
}

function sizeOf(question: Question, value: unknown): number | undefined {
  if (Array.isArray(value)) return value.length;
  if (question.kind === 'agency' && typeof value === 'string') return 1;
  return undefined;
}

/**
 * Checks one answer against its question: the value's type, then each rule of the file. "Don't know"
 * and "not applicable" satisfy "required" when the question allows them.
 */
export function validateAnswer(
  question: Question,
  state: AnswerState | undefined,
  ctx: ValidationContext,
): AnswerIssue[] {
  const issues: AnswerIssue[] = [];
  if (state?.special === 'dontKnow' && !question.allowDontKnow)
    issues.push({ code: 'notAllowed', params: { special: 'dontKnow' } });
  if (state?.special === 'notApplicable' && !question.allowNotApplicable)
    issues.push({ code: 'notAllowed', params: { special: 'notApplicable' } });
  if (state?.special) return issues;

  const value = state?.value;
  if (!hasValue(value)) {
    const required = question.validation.find((r) => r.rule === 'required');
    const partlyRated =
      typeof value === 'object' && value !== null && Object.values(value).some((v) => v !== undefined);
    if (question.kind === 'risk' && partlyRated) issues.push({ code: 'incomplete' });
    else if (required) issues.push({ code: 'required', message: required.message });
    return issues;
  }
  const parsed = answerValueSchema(question).safeParse(value);
  if (!parsed.success) return [{ code: 'type', params: { kind: question.kind } }];

  if (question.kind === 'number' && question.integer && !Number.isInteger(value))
    issues.push({ code: 'integer' });
  if (question.kind === 'multipleChoice') {
    const chosen = value as string[];
    const exclusive = question.options.find((o) => isExclusiveOption(o) && chosen.includes(o.id));
    if (exclusive && chosen.length > 1) issues.push({ code: 'exclusive', params: { option: exclusive.id } });
  }
  if (question.kind === 'agency') {
    const ids = Array.isArray(value) ? (value as string[]) : [value as string];
    if (ids.some((id) => !ctx.agencyIds.has(id))) issues.push({ code: 'unknownAgency' });
  }
  if (question.kind === 'table')
    (value as TableRow[]).forEach((row, i) =>
      question.columns.forEach((c) => issues.push(...checkColumn(c, own(row.cells, c.id), i, ctx))),
    );

  for (const rule of question.validation) {
    const message = rule.message;
    if (rule.rule === 'range' && (typeof value === 'number' || typeof value === 'string')) {
      const min = bound(rule.min, ctx);
      const max = bound(rule.max, ctx);
      if (min !== undefined && value < min) issues.push({ code: 'min', params: { min }, message });
      if (max !== undefined && value > max) issues.push({ code: 'max', params: { max }, message });
    }
    if (rule.rule === 'length' && typeof value === 'string') {
      const length = [...value].length;
      if (rule.min !== undefined && length < rule.min)
        issues.push({ code: 'minLength', params: { min: rule.min }, message });
      if (rule.max !== undefined && length > rule.max)
        issues.push({ code: 'maxLength', params: { max: rule.max }, message });
    }
    if (rule.rule === 'pattern' && typeof value === 'string' && !new RegExp(rule.pattern, 'u').test(value))
      issues.push({ code: 'pattern', message });
    if (rule.rule === 'count') {
      const size = sizeOf(question, value) ?? 0;
      if (rule.min !== undefined && size < rule.min)
        issues.push({ code: 'minCount', params: { min: rule.min }, message });
      if (rule.max !== undefined && size > rule.max)
        issues.push({ code: 'maxCount', params: { max: rule.max }, message });
    }
  }
  return issues;
}
