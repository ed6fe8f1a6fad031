// Validates questionnaire files and prints every issue: `npm run check:questionnaire -- file.json …`
import { readFileSync } from 'node:fs';
import { loadQuestionnaire } from '../src/domain/questionnaire/load-questionnaire';

let failed = false;
for (const file of process.argv.slice(2)) {
  const result = loadQuestionnaire(readFileSync(file, 'utf8'));
  console.log(`${file}: ${result.status}`);
  for (const issue of result.issues) console.log(`  ${issue.severity} ${issue.path}: ${issue.message}`);
  if (result.status === 'failure') failed = true;
}
process.exit(failed ? 1 : 0);
