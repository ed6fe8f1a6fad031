import { z } from 'zod';
import { questionnaireSchema } from './schema';

/** The published JSON Schema of the questionnaire format, derived from the zod schema (never hand-edited). */
export function questionnaireJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(questionnaireSchema, { io: 'input', unrepresentable: 'any', reused: 'ref' });
  return { ...schema, $id: 'questionnaire.schema.json', title: 'CBRN NAP Builder questionnaire file' };
}

export function questionnaireJsonSchemaText(): string {
  return `${JSON.stringify(questionnaireJsonSchema(), null, 2)}\n`;
}
