// Validates one area file of a questionnaire together with its header:
// `npx tsx scripts/check-part.ts questionnaires/cbrn-naq/1.1.0/parts/04-biosafety.json`
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { assembleQuestionnaire } from './assemble-questionnaire';
import { loadQuestionnaireValue } from '../src/domain/questionnaire/load-questionnaire';
import { indexQuestionnaire } from '../src/domain/questionnaire/questionnaire-index';

let failed = false;
for (const file of process.argv.slice(2)) {
  const header = JSON.parse(readFileSync(join(dirname(file), '..', 'header.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const value = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const assembled = assembleQuestionnaire(header, [{ file, value }]);
  const result = loadQuestionnaireValue(assembled);
  console.log(`${file}: ${result.status}`);
  for (const issue of result.issues) console.log(`  ${issue.severity} ${issue.path}: ${issue.message}`);
  if (result.status !== 'failure') {
    const scored = indexQuestionnaire(result.value).questions.filter((e) => e.question.scoring);
    console.log(`  ${scored.length} scored indicators, ${result.value.actions.length} actions`);
  }
  if (result.status === 'failure') failed = true;
}
process.exit(failed ? 1 : 0);
