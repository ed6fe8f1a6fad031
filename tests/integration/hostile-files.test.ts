import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/domain/limits';
import { encryptText } from '../../src/services/encrypted-file';
import { createBackup, planMergeInto, prepareImport } from '../../src/services/exchange-service';
import { makeAnswer, makeAssessment, T0 } from '../builders/assessment';
import { dumpStore } from '../builders/exchange';
import { HOSTILE_ASSESSMENT_FILES, HOSTILE_QUESTIONNAIRES, hostileFile } from '../builders/hostile';
import { fixtureText, mutatedFullFeature } from '../builders/questionnaire';
import { testStore, type TestStore } from '../builders/store';

/**
 * Hostile and careless files, by class, each through every way in: import as new, merge into an
 * assessment here, restore inside a backup, and the command line. Each is refused with the same
 * specific message on every path, and nothing stored changes.
 */
let store: TestStore;
let n = 0;
beforeEach(async () => {
  store = testStore(`hostile-${++n}`);
  await store.open();
  await store.questionnaires.import(fixtureText('full-feature.json'), 'full.json', T0, []);
  await store.assessments.create(makeAssessment({ id: 'remote' }));
  await store.answers.save([makeAnswer({ assessmentId: 'remote', questionId: 'bio.authority', value: 2 })]);
});
afterEach(async () => {
  store.db.close();
  await store.db.delete();
});

/** A path of the file, as it reads inside a backup's first assessment. */
const inBackup = (path: string) => path.replace(/^\$/, '$.assessments[0]');
const file = hostileFile;
const CASES = HOSTILE_ASSESSMENT_FILES;

/** What each path gives for a file: import and merge read it the same way; a backup carries it. */
async function viaImport(text: string) {
  return prepareImport(store, text);
}

describe('hostile files are refused with their specific message on every path, and change nothing', () => {
  it.each(CASES)('$name: import and merge', async ({ make, path, message }) => {
    const made = await make();
    const text = typeof made === 'string' ? made : JSON.stringify(made);
    const before = await dumpStore(store);
    const result = await viaImport(text);
    expect(result.kind).toBe('failure');
    if (result.kind !== 'failure') return;
    expect(result.issues).toContainEqual({ severity: 'error', path, message: expect.anything() });
    const issue = result.issues.find((i) => i.path === path)!;
    if (typeof message === 'string') expect(issue.message, issue.message).toBe(message);
    else expect(issue.message).toMatch(message);
    // Merging starts from the same prepared import: a refused file never reaches a merge plan.
    expect(await dumpStore(store)).toBe(before);
  });

  it.each(CASES)('$name: restore from a backup', async ({ make, path, message }) => {
    const made = await make();
    const inner = typeof made === 'string' ? made : JSON.stringify(made);
    const carried = JSON.stringify([
      { fileName: 'full.json', importedAt: T0, text: fixtureText('full-feature.json') },
    ]);
    const text = `{"type":"cbrn-nap-backup","formatVersion":1,"appVersion":"0.1.0","createdAt":${T0},"questionnaires":${carried},"assessments":[${inner}]}`;
    const before = await dumpStore(store);
    const result = await viaImport(text);
    expect(result.kind).toBe('failure');
    if (result.kind !== 'failure') return;
    // A file-level refusal (duplicate key, depth) stands at its place in the backup or at its top.
    const expected = path === '$' ? '$' : inBackup(path);
    const issue = result.issues.find((i) => i.path === expected || i.path === path);
    expect(issue, JSON.stringify(result.issues.slice(0, 3))).toBeDefined();
    if (typeof message === 'string') expect(issue!.message).toBe(message);
    else expect(issue!.message).toMatch(message);
    expect(await dumpStore(store)).toBe(before);
  });

  const dir = mkdtempSync(join(tmpdir(), 'hostile-cli-'));
  afterAll(() => undefined);
  it.each(CASES.filter((c) => c.name !== '200,000 answers'))(
    '$name: the command line',
    async ({ make, path, message }) => {
      const made = await make();
      const input = join(dir, 'in.json');
      writeFileSync(input, typeof made === 'string' ? made : JSON.stringify(made));
      const result = spawnSync(
        'npx',
        [
          'tsx',
          'scripts/plan.ts',
          '--in',
          input,
          '--questionnaire',
          'tests/fixtures/questionnaires/full-feature.json',
          '--out',
          join(dir, 'out.docx'),
        ],
        { encoding: 'utf8', timeout: 120_000 },
      );
      expect(result.status).toBe(1);
      expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(result.stderr).toContain(`${path}: `);
      if (typeof message === 'string') expect(result.stderr).toContain(message);
      else expect(result.stderr).toMatch(message);
    },
    120_000,
  );
});

describe('the other classes of hostile input', () => {
  it.each(HOSTILE_QUESTIONNAIRES)(
    'a questionnaire with %s is refused at import',
    async (_name, mutate, path, message) => {
      const before = await dumpStore(store);
      const text = mutatedFullFeature((q) => {
        q.version = '9.0.0';
        mutate(q);
      });
      const outcome = await store.questionnaires.import(text, 'hostile.json', T0, []);
      expect(outcome.status).toBe('invalid');
      if (outcome.status !== 'invalid') return;
      expect(outcome.issues).toContainEqual({ severity: 'error', path, message });
      expect(await dumpStore(store)).toBe(before);
    },
  );

  it('refuses a questionnaire of 20,000 questions before checking them one by one', async () => {
    const text = mutatedFullFeature((q) => {
      q.version = '9.0.1';
      const question = q.areas[1].items[2];
      q.areas = Array.from({ length: 40 }, (_, a) => ({
        id: `x${a}`,
        title: { en: 'X', ru: 'X' },
        items: Array.from({ length: 500 }, (_, i) => ({ ...question, id: `x${a}.q${i}` })),
      }));
      q.actions = [];
      delete q.changes;
    });
    const started = performance.now();
    const outcome = await store.questionnaires.import(text, 'huge.json', T0, []);
    expect(performance.now() - started).toBeLessThan(20_000);
    expect(outcome).toMatchObject({
      status: 'invalid',
      issues: [{ path: '$', message: 'has 20000 questions; a questionnaire may have at most 10000' }],
    });
  });

  it('says in plain words when an encrypted file holds something other than a file of this app', async () => {
    const text = await encryptText('this is not JSON', 'a good passphrase for tests', 100_000);
    expect(await prepareImport(store, text, { passphrase: 'a good passphrase for tests' })).toEqual({
      kind: 'failure',
      issues: [
        {
          severity: 'error',
          path: '$',
          message:
            'the passphrase is right, but what it protects is not an assessment or backup file of this app (its content is not JSON)',
        },
      ],
    });
  });

  it('reads a file with a byte-order mark', async () => {
    const result = await prepareImport(store, `\uFEFF${JSON.stringify(await file())}`);
    expect(result.kind).toBe('assessment');
  });

  it('keeps at most a bounded number of problems of one file', async () => {
    const f = await file((x) => {
      x.answers = Array.from({ length: 5_000 }, (_, i) =>
        makeAnswer({ assessmentId: 'remote', questionId: `junk.${i}`, value: 1 }),
      );
    });
    const result = await prepareImport(store, JSON.stringify(f));
    expect(result.kind).toBe('failure');
    if (result.kind === 'failure') expect(result.issues.length).toBeLessThanOrEqual(LIMITS.issues.kept + 1);
  });

  it('never writes a backup it could not restore', async () => {
    await store.questionnaires.import(
      mutatedFullFeature((q) => {
        q.version = '9.9.9';
        q.description = { en: 'x'.repeat(LIMITS.questionnaire.text), ru: 'x' };
        delete q.changes;
      }),
      'big.json',
      T0,
      [],
    );
    // Not above the limit by itself here (that would take 100 MB); the same check refuses larger ones.
    const text = await createBackup(store, { now: T0 });
    expect(text.length).toBeLessThan(LIMITS.fileBytes.backup);
    const restored = await prepareImport(store, text);
    expect(restored.kind).toBe('backup');
  });

  it('refuses to merge a file whose answers were given on other content of the questionnaire', async () => {
    const f = await file((x) => (x.questionnaire.contentHash = `sha256:${'0'.repeat(64)}`));
    expect(await prepareImport(store, JSON.stringify(f))).toEqual({
      kind: 'otherQuestionnaireContent',
      id: 'test-full',
      version: '2.1.0',
    });
    // A valid file of the same assessment does reach a merge plan.
    const ok = await prepareImport(store, JSON.stringify(await file()));
    if (ok.kind !== 'assessment') throw new Error(ok.kind);
    expect((await planMergeInto(store, 'remote', ok.file, ok.available)).conflicts.length).toBe(1);
  });
});
