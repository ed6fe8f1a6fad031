import { z } from 'zod';
import type { Question, TableColumn } from '../questionnaire/schema';
import { YES_PARTLY_NO } from '../questionnaire/vocabulary';

const level = z.number().int().min(1).max(5);

function columnValueSchema(column: TableColumn): z.ZodType {
  switch (column.kind) {
    case 'number':
      return column.integer ? z.number().int() : z.number();
    case 'date':
      return z.iso.date();
    case 'yesPartlyNo':
      return z.enum(YES_PARTLY_NO);
    case 'singleChoice':
      return z.enum(column.options.map((o) => o.id) as [string, ...string[]]);
    default:
      return z.string();
  }
}

/** The shape of a value of each question kind (rules such as ranges are checked separately). */
export function answerValueSchema(question: Question): z.ZodType {
  switch (question.kind) {
    case 'capacity':
      return level;
    case 'singleChoice':
      return z.enum(question.options.map((o) => o.id) as [string, ...string[]]);
    case 'multipleChoice':
      return z.array(z.enum(question.options.map((o) => o.id) as [string, ...string[]]));
    case 'yesPartlyNo':
      return z.enum(YES_PARTLY_NO);
    case 'number':
      return z.number().refine(Number.isFinite);
    case 'shortText':
    case 'longText':
      return z.string();
    case 'date':
      return z.iso.date();
    case 'agency':
      return question.multiple ? z.array(z.string()) : z.string();
    case 'table':
      return z.array(
        z.strictObject({
          id: z.string().min(1),
          cells: z.strictObject(
            Object.fromEntries(question.columns.map((c) => [c.id, columnValueSchema(c).optional()])),
          ),
        }),
      );
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
