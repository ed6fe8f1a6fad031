import { describe, expect, it } from 'vitest';
import type { AnswerState } from '../../../../src/domain/assessment/answer';
import { indexQuestionnaire } from '../../../../src/domain/questionnaire/questionnaire-index';
import { validateAnswer } from '../../../../src/domain/validation/validate-answer';
import { fullFeature, mutatedFullFeature } from '../../../../tests/builders/questionnaire';
import { loadQuestionnaire } from '../../../../src/domain/questionnaire/load-questionnaire';

const index = indexQuestionnaire(fullFeature());
const ctx = { agencyIds: new Set(['moh', 'customs']), today: '2026-01-15' };
const q = (id: string) => index.byId.get(id)!.question;

const cases: [string, string, AnswerState | undefined, unknown[]][] = [
  ['required capacity unanswered', 'bio.authority', undefined, [{ code: 'required' }]],
  ['required capacity with "don\'t know"', 'bio.authority', { special: 'dontKnow' }, []],
  [
    '"not applicable" where not allowed',
    'bio.authority',
    { special: 'notApplicable' },
    [{ code: 'notAllowed', params: { special: 'notApplicable' } }],
  ],
  ['"not applicable" where allowed', 'bio.has-bsl3', { special: 'notApplicable' }, []],
  [
    '"don\'t know" where not allowed',
    'ops.notes',
    { special: 'dontKnow' },
    [{ code: 'notAllowed', params: { special: 'dontKnow' } }],
  ],
  [
    'capacity level out of scale',
    'bio.authority',
    { value: 6 },
    [{ code: 'type', params: { kind: 'capacity' } }],
  ],
  ['capacity level fine', 'bio.authority', { value: 3 }, []],
  [
    'unknown option',
    'bio.inventory',
    { value: 'stone' },
    [{ code: 'type', params: { kind: 'singleChoice' } }],
  ],
  ['number below range', 'ops.staff', { value: -1 }, [{ code: 'min', params: { min: 0 } }]],
  ['number above range', 'ops.staff', { value: 100001 }, [{ code: 'max', params: { max: 100000 } }]],
  ['integer expected', 'ops.staff', { value: 2.5 }, [{ code: 'integer' }]],
  [
    'text too short and off pattern',
    'ops.code',
    { value: 'A' },
    [
      { code: 'minLength', params: { min: 3 } },
      { code: 'pattern', message: { en: 'Use the form AB-123.', ru: 'Используйте формат AB-123.' } },
    ],
  ],
  ['text on pattern', 'ops.code', { value: 'AB-12' }, []],
  [
    'date before range',
    'bio.bwc-date',
    { value: '1970-01-01' },
    [{ code: 'min', params: { min: '1972-04-10' } }],
  ],
  ['not a date', 'bio.bwc-date', { value: '31/12/2020' }, [{ code: 'type', params: { kind: 'date' } }]],
  // An emptied multiple choice is unanswered, not a choice below the minimum.
  ['an empty multiple choice is no answer, not too few', 'bio.treaties', { value: [] }, []],
  ['agency not on the roster', 'ops.lead', { value: 'army' }, [{ code: 'unknownAgency' }]],
  [
    'too many agencies',
    'ops.support',
    { value: ['moh', 'customs', 'mes', 'mfa', 'mod', 'moi'] },
    [{ code: 'unknownAgency' }, { code: 'maxCount', params: { max: 5 } }],
  ],
  [
    'table row missing a required cell',
    'bio.labs',
    { value: [{ id: 'r1', cells: { staff: 3 } }] },
    [{ code: 'required', row: 0, column: 'name' }],
  ],
  [
    'table cell above the column max',
    'bio.labs',
    { value: [{ id: 'r1', cells: { name: 'NRL', staff: 900 } }] },
    [{ code: 'max', params: { max: 500 }, row: 0, column: 'staff' }],
  ],
  [
    'table agency cell off the roster',
    'bio.labs',
    { value: [{ id: 'r1', cells: { name: 'NRL', owner: 'army' } }] },
    [{ code: 'unknownAgency', row: 0, column: 'owner' }],
  ],
  ['risk rated halfway', 'ops.risk-lab', { value: { likelihood: 3 } }, [{ code: 'incomplete' }]],
  ['risk rated fully', 'ops.risk-lab', { value: { likelihood: 3, impact: 4 } }, []],
  ['comment only on an unrequired question', 'ops.notes', { comment: 'later' }, []],
];

describe('validateAnswer', () => {
  it.each(cases)('%s', (_name, id, state, expected) => {
    expect(validateAnswer(q(id), state, ctx)).toEqual(expected);
  });
});

/** The full-feature questionnaire with "none of these" and dates that cannot lie ahead. */
function withNewRules() {
  const loaded = loadQuestionnaire(
    mutatedFullFeature((f) => {
      const bio = f.areas[0].items;
      const treaties = bio.find((i: any) => i.id === 'bio.treaties');
      treaties.options.push({ id: 'none', label: { en: 'None of these', ru: 'Ни один из них' } });
      treaties.validation = [];
      const labs = bio.find((i: any) => i.id === 'bio.labs-group').questions[0];
      labs.columns.find((c: any) => c.id === 'certified').max = 'today';
      bio.find((i: any) => i.id === 'bio.bwc-date').validation = [
        { rule: 'range', min: '1972-04-10', max: 'today' },
      ];
    }),
  );
  if (loaded.status === 'failure') throw new Error(JSON.stringify(loaded.issues));
  return indexQuestionnaire(loaded.value);
}

describe('validateAnswer with exclusive options and "today"', () => {
  const idx = withNewRules();
  const question = (id: string) => idx.byId.get(id)!.question;
  it.each<[string, string, AnswerState, unknown[]]>([
    ['"none of these" alone', 'bio.treaties', { value: ['none'] }, []],
    [
      '"none of these" with a real option',
      'bio.treaties',
      { value: ['bwc', 'none'] },
      [{ code: 'exclusive', params: { option: 'none' } }],
    ],
    ['a date today', 'bio.bwc-date', { value: '2026-01-15' }, []],
    [
      'a date ahead of today',
      'bio.bwc-date',
      { value: '2026-01-16' },
      [{ code: 'max', params: { max: '2026-01-15' } }],
    ],
    [
      'a certification date ahead of today in a table row',
      'bio.labs',
      { value: [{ id: 'r1', cells: { name: 'NRL', certified: '2030-05-01' } }] },
      [{ code: 'max', params: { max: '2026-01-15' }, row: 0, column: 'certified' }],
    ],
    [
      'a past certification date',
      'bio.labs',
      { value: [{ id: 'r1', cells: { name: 'NRL', certified: '2025-05-01' } }] },
      [],
    ],
  ])('%s', (_name, id, state, expected) => {
    expect(validateAnswer(question(id), state, ctx)).toEqual(expected);
  });
});

describe('validateAnswer: the minimum count of a multiple choice', () => {
  const loaded = loadQuestionnaire(
    mutatedFullFeature((f) => {
      const treaties = f.areas[0].items.find((i: any) => i.id === 'bio.treaties');
      treaties.validation = [
        {
          rule: 'count',
          min: 2,
          message: { en: 'Pick at least two treaties.', ru: 'Выберите не менее двух договоров.' },
        },
      ];
    }),
  );
  if (loaded.status === 'failure') throw new Error(JSON.stringify(loaded.issues));
  const treaties = indexQuestionnaire(loaded.value).byId.get('bio.treaties')!.question;
  it.each<[string, AnswerState, unknown[]]>([
    [
      'one of at least two, with the file’s message',
      { value: ['bwc'] },
      [
        {
          code: 'minCount',
          params: { min: 2 },
          message: { en: 'Pick at least two treaties.', ru: 'Выберите не менее двух договоров.' },
        },
      ],
    ],
    ['two of at least two', { value: ['bwc', 'cwc'] }, []],
  ])('%s', (_name, state, expected) => {
    expect(validateAnswer(treaties, state, ctx)).toEqual(expected);
  });
});
