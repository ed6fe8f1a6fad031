// Builds the example assessment of a new questionnaire version from the previous version's example:
// its answers moved through the new version's `changes` (as an assessment is moved), plus the answers
// written for the new questions in <dir>/example-answers/*.json.
// `npx tsx scripts/build-example.ts questionnaires/cbrn-naq/1.0.0/example-assessment.json questionnaires/cbrn-naq/1.1.0`
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assembleFromSources } from './assemble-questionnaire';
import { exampleAssessmentSchema } from '../src/domain/assessment/example';
import type { AnswerState } from '../src/domain/assessment/answer';
import { planVersionMove } from '../src/domain/assessment/version-move';
import { loadQuestionnaire, loadQuestionnaireValue } from '../src/domain/questionnaire/load-questionnaire';
import { indexQuestionnaire } from '../src/domain/questionnaire/questionnaire-index';
import { exampleRecords } from '../src/domain/assessment/example-records';

const [previousFile, dir] = [
  process.argv[2] ?? 'questionnaires/cbrn-naq/1.0.0/example-assessment.json',
  process.argv[3] ?? 'questionnaires/cbrn-naq/1.1.0',
];
const previous = exampleAssessmentSchema.parse(JSON.parse(readFileSync(previousFile, 'utf8')));
const source = loadQuestionnaire(
  readFileSync(`questionnaires/${previous.questionnaire.id}-${previous.questionnaire.version}.json`, 'utf8'),
);
const target = loadQuestionnaireValue(assembleFromSources(dir));
if (source.status === 'failure' || target.status === 'failure')
  throw new Error('a questionnaire does not load');
const move = planVersionMove(
  { questionnaire: source.value, index: indexQuestionnaire(source.value) },
  { questionnaire: target.value, index: indexQuestionnaire(target.value) },
  exampleRecords(previous, 'example'),
  { id: 'example', roster: previous.profile.roster },
);
const answers: Record<string, AnswerState> = {};
const authors: Record<string, string> = {};
for (const r of move.carried) {
  answers[r.questionId] = Object.fromEntries(
    (['value', 'special', 'comment', 'evidence'] as const).flatMap((k) =>
      r[k] === undefined ? [] : [[k, r[k]]],
    ),
  );
  if (r.author) authors[r.questionId] = r.author;
}
const fresh = new Set(move.fresh);
for (const file of readdirSync(join(dir, 'example-answers'))
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const written = JSON.parse(readFileSync(join(dir, 'example-answers', file), 'utf8')) as Record<
    string,
    AnswerState
  >;
  for (const [id, state] of Object.entries(written)) {
    if (!fresh.has(id)) throw new Error(`${file}: "${id}" is not a question new in this version`);
    answers[id] = state;
  }
}
const out = join(dir, 'example-assessment.json');
const example = {
  $comment: previous.$comment,
  questionnaire: { id: target.value.id, version: target.value.version },
  profile: previous.profile,
  authors,
  answers,
};
writeFileSync(out, `${JSON.stringify(example, null, 1)}\n`);
console.log(
  `wrote ${out}: ${move.carried.length} answers carried (${move.renamed.length} renamed, ${move.reworded.length} reworded), ${move.setAside.length} set aside, ${Object.keys(answers).length - move.carried.length} new`,
);
