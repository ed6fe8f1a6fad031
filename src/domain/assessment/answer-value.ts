import { z } from 'zod';
import { LIMITS } from '../limits';
import type { Question, TableColumn } from '../questionnaire/schema';
import { YES_PARTLY_NO } from '../questionnaire/vocabulary';

const level = z.number().int().min(1).max(5);
const A = LIMITS.answers;
const text = z.string().max(A.text, { error: `must be at most ${A.text} characters long` });
const finite = z.number().refine(Number.isFinite, { error: 'must be a finite number' });
/** Each choice once: a list that names an option twice was not made by the app. */
const distinct = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((list) => new Set(list).size === list.length, { error: 'names an item twice' });

function columnValueSchema(column: TableColumn): z.ZodType {
  switch (column.kind) {
    case 'number':
      return column.integer ? finite.pipe(z.number().int()) : finite;
    case 'date':
      return z.iso.date();
    case 'yesPartlyNo':
      return z.enum(YES_PARTLY_NO);
    case 'singleChoice':
      return z.enum(column.options.map((o) => o.id) as [string, ...string[]]);
    default:
      return text;
  }
}

const schemas = new WeakMap<Question, z.ZodType>();

/** The shape of a value of each question kind (rules such as ranges are checked separately). */
export function answerValueSchema(question: Question): z.ZodType {
  let schema = schemas.get(question);
  if (!schema) schemas.set(question, (schema = valueSchemaOf(question)));
  return schema;
}

function valueSchemaOf(question: Question): z.ZodType {
  switch (question.kind) {
    case 'capacity':
      return level;
    case 'singleChoice':
      return z.enum(question.options.map((o) => o.id) as [string, ...string[]]);
    case 'multipleChoice':
      return distinct(
        z.enum(question.options.map((o) => o.id) as [string, ...string[]]),
        question.options.length,
      );
    case 'yesPartlyNo':
      return z.enum(YES_PARTLY_NO);
    case 'number':
      return finite;
    case 'shortText':
    case 'longText':
      return text;
    case 'date':
      return z.iso.date();
    case 'agency': {
      const agency = z.string().min(1).max(200);
      return question.multiple ? distinct(agency, A.agencies) : agency;
    }
    case 'table':
      return z
        .array(
          z.strictObject({
            id: z.string().min(1).max(100),
            cells: z.strictObject(
              Object.fromEntries(question.columns.map((c) => [c.id, columnValueSchema(c).optional()])),
            ),
          }),
        )
        .max(A.tableRows);
    case 'risk':
      return z.strictObject({ likelihood: level.optional(), impact: level.optional() });
  }
}

export interface TableRow {
  id: string;
  cells: Record<string, unknown>;
}

export interface RiskValue {
  likelihood?: number;
  impact?: number;
}
