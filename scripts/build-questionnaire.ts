// Assembles questionnaires/<id>/header.json and parts/*.json (one area each, with its actions)
// into the single file the app loads, and validates it: `npm run build:questionnaire`.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleFromSources } from './assemble-questionnaire';
import { loadQuestionnaireValue } from '../src/domain/questionnaire/load-questionnaire';

const dir = process.argv[2] ?? 'questionnaires/cbrn-naq/1.1.0';
const assembled = assembleFromSources(dir);
const header = assembled;
const partFiles = readdirSync(join(dir, 'parts')).filter((f) => f.endsWith('.json'));
const result = loadQuestionnaireValue(assembled);
for (const issue of result.issues) console.log(`  ${issue.severity} ${issue.path}: ${issue.message}`);
// A second argument writes elsewhere (a draft that the app must not bundle yet).
const out = process.argv[3] ?? join('questionnaires', `${String(header.id)}-${String(header.version)}.json`);
if (result.status === 'failure') {
  console.error(`${out} not written: ${result.issues.filter((i) => i.severity === 'error').length} error(s)`);
  process.exit(1);
}
writeFileSync(out, `${JSON.stringify(assembled, null, 1)}\n`);
console.log(`wrote ${out} (${result.status}) from ${partFiles.length} parts`);
