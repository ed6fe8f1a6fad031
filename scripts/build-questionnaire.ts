// Assembles questionnaires/<id>/header.json and parts/*.json (one area each, with its actions)
// into the single file the app loads, and validates it: `npm run build:questionnaire`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleQuestionnaire, type ChangesFragment } from './assemble-questionnaire';
import { loadQuestionnaireValue } from '../src/domain/questionnaire/load-questionnaire';

const dir = process.argv[2] ?? 'questionnaires/cbrn-naq/1.1.0';
const header = JSON.parse(readFileSync(join(dir, 'header.json'), 'utf8')) as Record<string, unknown>;
const partFiles = readdirSync(join(dir, 'parts'))
  .filter((f) => f.endsWith('.json'))
  .sort();
const parts = partFiles.map((f) => ({
  file: f,
  value: JSON.parse(readFileSync(join(dir, 'parts', f), 'utf8')) as unknown,
}));
// What each part changed since the previous version, one file a part (changes/*.json), if any.
const changesDir = join(dir, 'changes');
const changes = existsSync(changesDir)
  ? readdirSync(changesDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(readFileSync(join(changesDir, f), 'utf8')) as ChangesFragment)
  : [];
const assembled = assembleQuestionnaire(header, parts, changes);
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
