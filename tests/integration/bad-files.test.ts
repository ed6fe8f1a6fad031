import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encryptText } from '../../src/services/encrypted-file';
import { prepareImport, type PreparedImport } from '../../src/services/exchange-service';
import { makeAnswer, makeAssessment, T0 } from '../builders/assessment';
import { dumpStore, makeAssessmentFile } from '../builders/exchange';
import { fixtureText } from '../builders/questionnaire';
import { testStore, type TestStore } from '../builders/store';

let store: TestStore;
let n = 0;
beforeEach(async () => {
  store = testStore(`bad-${++n}`);
  await store.open();
  await store.questionnaires.import(fixtureText('full-feature.json'), 'full.json', T0, []);
  await store.assessments.create(makeAssessment());
  await store.answers.save([makeAnswer({ questionId: 'bio.authority', value: 2 })]);
});
afterEach(async () => {
  store.db.close();
  await store.db.delete();
});

const valid = async () => JSON.stringify(await makeAssessmentFile());
const mutated = async (change: (f: any) => void) => {
  const f: any = JSON.parse(await valid());
  change(f);
  return JSON.stringify(f);
};
const issue = (path: string, message: string) => ({
  kind: 'failure',
  issues: expect.arrayContaining([{ severity: 'error', path, message }]),
});

const cases: [string, () => Promise<string>, string | undefined, unknown][] = [
  [
    'not JSON',
    () => Promise.resolve('PK\u0003\u0004 this is a zip'),
    undefined,
    issue('$', 'not valid JSON at line 1, column 1'),
  ],
  ['an empty file', () => Promise.resolve(''), undefined, issue('$', 'not valid JSON: the file is empty')],
  [
    'truncated',
    async () => (await valid()).slice(0, 200),
    undefined,
    issue('$', 'not valid JSON: the text ends too early'),
  ],
  [
    'a list',
    () => Promise.resolve('[1,2]'),
    undefined,
    issue('$', 'not an assessment file: expected a JSON object'),
  ],
  [
    'a questionnaire instead of an assessment',
    () => Promise.resolve(fixtureText('full-feature.json')),
    undefined,
    issue('$.type', 'not an assessment file: "type" must be "cbrn-nap-assessment"'),
  ],
  [
    'a file from a newer app',
    () => mutated((f) => (f.formatVersion = 3)),
    undefined,
    issue(
      '$.formatVersion',
      'written by a newer version of the app (format 3; this app reads up to 2): update the app to open it',
    ),
  ],
  [
    'an unknown older format version',
    () => mutated((f) => (f.formatVersion = 0)),
    undefined,
    issue('$.formatVersion', 'must be one of: 1, 2; got the number 0'),
  ],
  [
    'a missing assessment',
    () => mutated((f) => delete f.assessment),
    undefined,
    issue('$.assessment', 'is required'),
  ],
  [
    'answers that are not a list',
    () => mutated((f) => (f.answers = { 'bio.authority': 3 })),
    undefined,
    issue('$.answers', 'must be a list, not an object'),
  ],
  [
    'a date as text',
    () => mutated((f) => (f.answers[0].updatedAt = '2026-01-15')),
    undefined,
    issue('$.answers[0].updatedAt', 'must be a number, not the text "2026-01-15"'),
  ],
  [
    'an answer to an unknown question',
    () => mutated((f) => (f.answers[1].questionId = 'bio.unicorns')),
    undefined,
    issue('$.answers[1].questionId', 'no question "bio.unicorns" in this questionnaire'),
  ],
  [
    'a value the question cannot have',
    () => mutated((f) => (f.answers[0].value = 9)),
    undefined,
    issue('$.answers[0].value', 'is not a value of a capacity question: it must be at most 5'),
  ],
  [
    'two answers to one question',
    () => mutated((f) => (f.answers[1].questionId = 'bio.authority')),
    undefined,
    issue('$.answers[1].questionId', 'a second answer to "bio.authority"'),
  ],
  [
    'an answer of another assessment',
    () => mutated((f) => (f.answers[0].assessmentId = 'other')),
    undefined,
    issue('$.answers[0].assessmentId', 'belongs to assessment "other", not "remote"'),
  ],
  [
    'a huge comment',
    () => mutated((f) => (f.answers[0].comment = 'x'.repeat(30_000))),
    undefined,
    issue('$.answers[0].comment', 'must be at most 20000 characters long'),
  ],
  [
    'a 50 MB file',
    async () =>
      (await valid()).replace('"answers"', `"padding": "${'x'.repeat(50 * 1024 * 1024)}", "answers"`),
    undefined,
    issue('$', 'the file is too large (50.0 MB; the limit for an assessment file is 25.0 MB)'),
  ],
  [
    'an override without a reason in the review log',
    () =>
      mutated(
        (f) =>
          (f.reviewLog = [
            {
              id: 'r1',
              assessmentId: 'remote',
              at: T0,
              reviewer: 'R',
              kind: 'tier',
              indicatorId: 'bio.authority',
              from: 'low',
              to: 'high',
              reason: '',
            },
          ]),
      ),
    undefined,
    issue('$.reviewLog[0].reason', 'a reason is required'),
  ],
  [
    'an unknown questionnaire version',
    () =>
      mutated((f) => {
        f.questionnaire.version = '9.9.9';
        f.assessment.questionnaire.version = '9.9.9';
      }),
    undefined,
    { kind: 'needsQuestionnaire', id: 'test-full', version: '9.9.9' },
  ],
  [
    'answers given on other content of the same questionnaire version',
    () => mutated((f) => (f.questionnaire.contentHash = `sha256:${'0'.repeat(64)}`)),
    undefined,
    { kind: 'otherQuestionnaireContent', id: 'test-full', version: '2.1.0' },
  ],
  [
    'an encrypted file without its passphrase',
    async () => encryptText(await valid(), 'right', 100_000),
    undefined,
    { kind: 'needsPassphrase' },
  ],
  [
    'a wrong passphrase',
    async () => encryptText(await valid(), 'right', 100_000),
    'wrong',
    { kind: 'needsPassphrase', wrong: true },
  ],
  [
    'tampered ciphertext',
    async () => {
      const f = JSON.parse(await encryptText(await valid(), 'right', 100_000));
      f.ciphertext =
        f.ciphertext.slice(0, 40) + (f.ciphertext[40] === 'A' ? 'B' : 'A') + f.ciphertext.slice(41);
      return JSON.stringify(f);
    },
    'right',
    { kind: 'needsPassphrase', wrong: true },
  ],
  [
    'a broken encryption envelope',
    () =>
      Promise.resolve(
        JSON.stringify({ type: 'cbrn-nap-encrypted', formatVersion: 1, cipher: 'AES-GCM-256' }),
      ),
    'right',
    {
      kind: 'failure',
      issues: [
        expect.objectContaining({
          path: '$',
          message: expect.stringMatching(/^not a valid encrypted file: /),
        }),
      ],
    },
  ],
  [
    'a backup with two assessments of one id',
    async () =>
      JSON.stringify({
        type: 'cbrn-nap-backup',
        formatVersion: 1,
        appVersion: '0.1.0',
        createdAt: T0,
        assessments: [await makeAssessmentFile(), await makeAssessmentFile()],
        questionnaires: [],
      }),
    undefined,
    issue('$.assessments[1].assessment.id', 'a second assessment with id "remote"'),
  ],
];

describe('a bad file is refused with a specific message and changes nothing', () => {
  it.each(cases)('%s', async (_name, make, passphrase, expected) => {
    const before = await dumpStore(store);
    const result: PreparedImport = await prepareImport(store, await make(), { passphrase });
    expect(result).toEqual(expected);
    expect(await dumpStore(store)).toBe(before);
  });

  it('accepts HTML and script in answers as plain text, unchanged', async () => {
    const text = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const result = await prepareImport(store, await mutated((f) => (f.answers[0].comment = text)));
    expect(result.kind).toBe('assessment');
    if (result.kind !== 'assessment') return;
    await store.exchange.importAsNew(result.file, 'imported', 'Imported', T0);
    expect(
      (await store.answers.list('imported')).find((a) => a.questionId === 'bio.authority')?.comment,
    ).toBe(text);
  });
});
