// @vitest-environment node
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkedQuestionnaires } from '../../../scripts/checked-questionnaires';
import { loadQuestionnaire } from '../../../src/domain/questionnaire/load-questionnaire';
import type { CheckedQuestionnaireModule } from '../../../src/services/bundled-questionnaires';
import { mutatedFullFeature } from '../../../tests/builders/questionnaire';

const dir = mkdtempSync(join(tmpdir(), 'checked-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The module the build makes of a questionnaire file, read back. */
const plugin = checkedQuestionnaires();
const load = plugin.load as (this: unknown, id: string) => Promise<string | null>;

async function built(file: string): Promise<CheckedQuestionnaireModule> {
  const code = (await load.call({ addWatchFile: () => undefined }, `\0${resolve(file)}.checked.js`))!;
  expect(code).toMatch(/^export default \{.*\};$/s);
  return JSON.parse(code.slice('export default '.length, -1)) as CheckedQuestionnaireModule;
}

describe('bundled questionnaires are checked when the app is built', () => {
  it('with the checks an imported file passes, giving the validated questionnaire as JSON', async () => {
    const file = 'questionnaires/cbrn-naq-1.0.0.json';
    const outcome = await built(file);
    const direct = loadQuestionnaire(readFileSync(file, 'utf8'));
    expect(outcome.status).toBe(direct.status);
    expect(outcome.issues).toEqual(direct.issues);
    expect(JSON.parse(outcome.json!)).toEqual(direct.status !== 'failure' && direct.value);
  });

  it('a broken file is built into its issues, shown by the catalogue, and no questionnaire', async () => {
    const file = join(dir, 'broken-1.0.0.json');
    writeFileSync(
      file,
      mutatedFullFeature((q) => (q.actions[0].leadRole = 'army')),
    );
    expect(await built(file)).toEqual({
      status: 'failure',
      issues: [{ severity: 'error', path: '$.actions[0].leadRole', message: 'unknown agency role "army"' }],
    });
  });

  it('leaves other modules alone', async () => {
    expect(await load.call({}, resolve('questionnaires/cbrn-naq-1.0.0.json'))).toBeNull();
  });
});
