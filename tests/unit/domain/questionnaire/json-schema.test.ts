import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { questionnaireJsonSchemaText } from '../../../../src/domain/questionnaire/json-schema';

describe('the published JSON Schema', () => {
  it('is generated from the zod schema and fresh (run `npm run schema` after changing the format)', () => {
    const published = readFileSync('questionnaires/questionnaire.schema.json', 'utf8');
    expect(published).toBe(questionnaireJsonSchemaText());
  });

  it('describes every question kind', () => {
    const text = questionnaireJsonSchemaText();
    for (const kind of [
      'capacity',
      'singleChoice',
      'multipleChoice',
      'yesPartlyNo',
      'number',
      'shortText',
      'longText',
      'date',
      'agency',
      'table',
      'risk',
      'group',
    ])
      expect(text).toContain(`"const": "${kind}"`);
  });
});
