import { writeFileSync } from 'node:fs';
import { questionnaireJsonSchemaText } from '../src/domain/questionnaire/json-schema';

export const JSON_SCHEMA_PATH = 'questionnaires/questionnaire.schema.json';

writeFileSync(JSON_SCHEMA_PATH, questionnaireJsonSchemaText());
console.log(`wrote ${JSON_SCHEMA_PATH}`);
