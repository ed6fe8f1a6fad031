// Checks an example assessment against its questionnaire:
// `npx tsx scripts/check-example.ts questionnaires/cbrn-naq/1.0.0/example-assessment.json`
import { readFileSync } from 'node:fs';
import { isoDay } from '../src/domain/validation/today';
import { checkAnswers } from '../src/domain/validation/check-answers';
import { exampleAssessmentSchema } from '../src/domain/assessment/example';
import { loadQuestionnaire } from '../src/domain/questionnaire/load-questionnaire';
import { computeVisibility } from '../src/domain/conditions/visibility';
import { indexQuestionnaire } from '../src/domain/questionnaire/questionnaire-index';
import { zodIssuesToLoadIssues } from '../src/domain/zod-issues';

const file = process.argv[2] ?? 'questionnaires/cbrn-naq/1.0.0/example-assessment.json';
const parsed = exampleAssessmentSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')), {
  reportInput: true,
});
if (!parsed.success) {
  for (const i of zodIssuesToLoadIssues(parsed.error.issues)) console.log(`error ${i.path}: ${i.message}`);
  process.exit(1);
}
const example = parsed.data;
const q = loadQuestionnaire(
  readFileSync(`questionnaires/${example.questionnaire.id}-${example.questionnaire.version}.json`, 'utf8'),
);
if (q.status === 'failure') throw new Error('questionnaire does not load');
const index = indexQuestionnaire(q.value);
const answers = new Map(Object.entries(example.answers));
const issues = checkAnswers(index, answers, {
  agencyIds: new Set(example.profile.roster.map((a) => a.id)),
  today: isoDay(Date.now()),
});
for (const i of issues) console.log(`${i.severity} ${i.path}: ${i.message}`);
const visible = computeVisibility(index, answers).questions;
const answered = [...visible].filter((id) => answers.has(id)).length;
const scored = index.questions.filter((e) => e.question.scoring && visible.has(e.question.id));
console.log(
  `${answered}/${visible.size} shown questions answered; ${scored.filter((e) => answers.get(e.question.id)?.value !== undefined).length}/${scored.length} shown indicators with a level; ${issues.filter((i) => i.severity === 'error').length} errors`,
);
process.exit(issues.some((i) => i.severity === 'error') ? 1 : 0);
