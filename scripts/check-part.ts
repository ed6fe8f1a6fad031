// Validates one area file of a questionnaire together with its header (and, so that scenario links
// resolve, with the part that holds the risk scenarios):
// `npx tsx scripts/check-part.ts questionnaires/cbrn-naq/1.1.0/parts/04-biosafety.json`
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { assembleQuestionnaire, type PartFile } from './assemble-questionnaire';
import { loadQuestionnaireValue } from '../src/domain/questionnaire/load-questionnaire';
import { indexQuestionnaire } from '../src/domain/questionnaire/questionnaire-index';

const read = (file: string): PartFile => ({ file, value: JSON.parse(readFileSync(file, 'utf8')) as unknown });

/** The part of the same folder whose area holds the risk questions, if it is not the one checked. */
function scenarioPart(file: string): PartFile | undefined {
  const dir = dirname(file);
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    if (name === basename(file)) continue;
    const part = read(join(dir, name));
    if (JSON.stringify(part.value).includes('"kind":"risk"')) return part;
  }
  return undefined;
}

let failed = false;
for (const file of process.argv.slice(2)) {
  const headerFile = join(dirname(file), '..', 'header.json');
  const header = JSON.parse(readFileSync(headerFile, 'utf8')) as Record<string, unknown>;
  const scenarios = existsSync(dirname(file)) ? scenarioPart(file) : undefined;
  const parts = scenarios ? [scenarios, read(file)] : [read(file)];
  // The header's version changes name every part: only the parts' own change lists are checked here.
  const { changes: _changes, ...withoutChanges } = header;
  const result = loadQuestionnaireValue(assembleQuestionnaire(withoutChanges, parts));
  // The scenario part is there for its scenarios: its own issues are its own check's.
  const own = (path: string) => {
    if (!scenarios) return true;
    if (path.startsWith('$.areas[0]')) return false;
    const action = /^\$\.actions\[(\d+)\]/.exec(path);
    const theirs = ((scenarios.value as { actions?: unknown[] }).actions ?? []).length;
    return !action || Number(action[1]) >= theirs;
  };
  const issues = result.issues.filter((i) => own(i.path));
  const failure = issues.some((i) => i.severity === 'error');
  console.log(`${file}: ${failure ? 'failure' : issues.length ? 'warning' : 'success'}`);
  for (const issue of issues) console.log(`  ${issue.severity} ${issue.path}: ${issue.message}`);
  if (result.status !== 'failure') {
    const mine = indexQuestionnaire(result.value).questions.filter(
      (e) => e.question.scoring && (!scenarios || e.areaIndex === 1),
    );
    console.log(`  ${mine.length} scored indicators`);
  }
  if (failure) failed = true;
}
process.exit(failed ? 1 : 0);
