import { makeAnswer, T0 } from './assessment';
import { makeAssessmentFile } from './exchange';

/**
 * Hostile and careless files, by class: each with where its problem is (a path of the file) and
 * the message every way in gives for it. Used by the integration suite (every service path and the
 * command line) and the browser suite (the real file pickers).
 */
export const hostileFile = async (change: (f: any) => void = () => undefined) => {
  const f: any = JSON.parse(JSON.stringify(await makeAssessmentFile()));
  change(f);
  return f;
};

export interface HostileCase {
  name: string;
  make: () => Promise<any>;
  path: string;
  message: string | RegExp;
}

export const HOSTILE_ASSESSMENT_FILES: HostileCase[] = [
  {
    name: 'an answer to a question that does not exist',
    make: () => hostileFile((f) => (f.answers[1].questionId = 'bio.unicorns')),
    path: '$.answers[1].questionId',
    message: 'no question "bio.unicorns" in this questionnaire',
  },
  {
    name: 'an object where a multiple choice expects a list',
    make: () =>
      hostileFile((f) =>
        f.answers.push(
          makeAnswer({ assessmentId: 'remote', questionId: 'bio.treaties', value: { 0: 'bwc' } }),
        ),
      ),
    path: '$.answers[2].value',
    message: 'is not a value of a multipleChoice question: it must be a list, not an object',
  },
  {
    name: 'a table row with a cell of another kind',
    make: () =>
      hostileFile((f) =>
        f.answers.push(
          makeAnswer({
            assessmentId: 'remote',
            questionId: 'bio.labs',
            value: [{ id: 'r1', cells: { name: 'NRL', staff: 'twelve' } }],
          }),
        ),
      ),
    path: '$.answers[2].value',
    message: /is not a value of a table question \(\[0\]\.cells\.staff\): it must be a number/,
  },
  {
    name: 'white space as a capacity level',
    make: () => hostileFile((f) => (f.answers[0].value = '   ')),
    path: '$.answers[0].value',
    message: 'is not a value of a capacity question: it must be a number, not the text "   "',
  },
  {
    name: 'a number beyond any number (1e999)',
    make: () =>
      hostileFile((f) =>
        f.answers.push(makeAnswer({ assessmentId: 'remote', questionId: 'ops.staff', value: 1 })),
      ).then((f) =>
        JSON.stringify(f).replace(
          '"questionId":"ops.staff","value":1',
          '"questionId":"ops.staff","value":1e999',
        ),
      ),
    path: '$.answers[2].value',
    message: 'is not a value of a number question: it must be a number, not the number Infinity',
  },
  {
    name: 'a value stored under "don\'t know"',
    make: () => hostileFile((f) => (f.answers[0].special = 'dontKnow')),
    path: '$.answers[0].value',
    message: 'a value beside "dontKnow", which stands for no value',
  },
  {
    name: '200,000 answers',
    make: () =>
      hostileFile((f) => {
        f.answers = Array.from({ length: 200_000 }, (_, i) =>
          makeAnswer({ assessmentId: 'remote', questionId: `junk.${i}`, value: 1 }),
        );
      }),
    path: '$.answers',
    message: '200000 answers; no questionnaire may have more than 10000 questions',
  },
  {
    name: 'an answer of an assessment that is not in the file',
    make: () => hostileFile((f) => (f.answers[0].assessmentId = 'ghost')),
    path: '$.answers[0].assessmentId',
    message: 'belongs to assessment "ghost", not "remote"',
  },
  {
    name: 'a plan of another assessment',
    make: () =>
      hostileFile(
        (f) =>
          (f.plan = {
            assessmentId: 'ghost',
            startMonth: '2027-01',
            accepted: [],
            edits: {},
            custom: [],
            order: {},
            updatedAt: T0,
          }),
      ),
    path: '$.plan.assessmentId',
    message: 'belongs to assessment "ghost", not "remote"',
  },
  {
    name: 'two answers to one question',
    make: () => hostileFile((f) => (f.answers[1] = { ...f.answers[0] })),
    path: '$.answers[1].questionId',
    message: 'a second answer to "bio.authority"',
  },
  {
    name: 'an agency not on the roster',
    make: () =>
      hostileFile((f) =>
        f.answers.push(makeAnswer({ assessmentId: 'remote', questionId: 'ops.lead', value: 'army' })),
      ),
    path: '$.answers[2].value',
    message: 'names agency "army", which is not on the National Team roster',
  },
  {
    name: 'a second "answers" key that would silently empty the import',
    make: () => hostileFile().then((f) => JSON.stringify(f).replace('"answers":', '"answers":[],"answers":')),
    path: '$.answers',
    message: 'the key "answers" appears twice in one object; JSON readers would silently keep only the last',
  },
  {
    name: 'JSON nested 5,000 deep',
    make: () =>
      hostileFile().then((f) =>
        JSON.stringify(f).replace('"answers":', `"deep":${'['.repeat(5000)}${']'.repeat(5000)},"answers":`),
      ),
    path: '$',
    message: /nests 500\d levels deep; no file of this app nests more than 64/,
  },
];

/** Questionnaires that must be refused at import: what to change in full-feature.json, where, and the message. */
export const HOSTILE_QUESTIONNAIRES: [string, (q: any) => void, string, string][] = [
  [
    'a pattern with nested quantifiers',
    (q) =>
      (q.areas[1].items[1].validation = [
        { rule: 'pattern', pattern: '^(a+)+$', message: { en: 'x', ru: 'x' } },
      ]),
    '$.areas[1].items[1].validation[0].pattern',
    'can backtrack catastrophically (a repeated part can match the same text in several ways, e.g. "(a+)+" or "(a|aa)+"); rewrite it so that each character can match in only one way',
  ],
  [
    'an option id that is also a property of every object',
    (q) => q.areas[0].items[2].questions[1].options.push({ id: 'constructor', label: { en: 'C', ru: 'C' } }),
    '$.areas[0].items[2].questions[1].scoring.levels',
    'answer "constructor" has no level (use null if it is not scored)',
  ],
  [
    'conditions nested 20 deep',
    (q) => {
      let c: any = { op: 'answered', question: 'bio.authority' };
      for (let i = 0; i < 20; i++) c = { op: 'not', condition: c };
      q.areas[1].condition = c;
    },
    '$.areas[1].condition',
    'nests conditions 21 deep; at most 12',
  ],
];
