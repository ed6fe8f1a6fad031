import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../../../src/domain/questionnaire/load-questionnaire';
import { fixtureText, mutatedFullFeature } from '../../../../tests/builders/questionnaire';

// The full-feature fixture's areas[0].items: 0 bio.authority (capacity), 1 bio.has-bsl3, 2 group
// bio.labs-group (questions: 0 bio.labs table, 1 bio.inventory single choice), 3 bio.transport,
// 4 bio.treaties, 5 bio.bwc-date. areas[1].items: 0 ops.staff, 1 ops.code, 2 ops.notes, 3 ops.lead,
// 4 ops.support, 5 ops.risk-lab, 6 ops.risk-chem.

describe('loadQuestionnaire accepts', () => {
  it('the full-feature fixture with no issues', () => {
    const result = loadQuestionnaire(fixtureText('full-feature.json'));
    expect(result.issues).toEqual([]);
    expect(result.status).toBe('success');
    if (result.status === 'failure') return;
    expect(result.value.areas).toHaveLength(2);
    // defaults are filled in
    expect(result.value.areas[0]!.items[1]).toMatchObject({
      allowDontKnow: true,
      references: [],
      validation: [],
    });
  });

  it.each([
    [
      'a missing translation',
      (q: any) => delete q.areas[0].items[0].title.ru,
      '$.areas[0].items[0].title',
      'missing translation "ru"',
    ],
    [
      'an indicator level without action',
      (q: any) => (q.actions = q.actions.filter((a: any) => a.id !== 'bio.authority.l5')),
      '$.areas[0].items[0]',
      'no action unlocks level 5 of "bio.authority"',
    ],
    [
      'a scenario of a hazard the indicator does not list',
      (q: any) => (q.areas[0].items[0].scoring.scenarios = ['ops.risk-chem']),
      '$.areas[0].items[0].scoring.scenarios[0]',
      '"ops.risk-chem" is a C scenario, a hazard this indicator does not list',
    ],
    [
      'a kind of scenario that none of its hazards has',
      (q: any) => (q.areas[0].items[0].scoring.scenarioCategories = ['illicit-trafficking']),
      '$.areas[0].items[0].scoring.scenarioCategories[0]',
      'no scenario of the kind "illicit-trafficking" among the hazards B',
    ],
  ])('with a warning for %s', (_name, mutate, path, message) => {
    const result = loadQuestionnaire(mutatedFullFeature(mutate));
    expect(result.status).toBe('warning');
    expect(result.issues).toEqual([{ severity: 'warning', path, message }]);
  });
});

type Mutation = (q: any) => void;
const cases: [string, string | Mutation, string, string][] = [
  // --- not a questionnaire at all
  ['empty file', '', '$', 'not valid JSON: the file is empty'],
  [
    'broken JSON',
    '{\n  "format": "cbrn-nap-questionnaire",\n  oops\n}',
    '$',
    'not valid JSON at line 3, column 3',
  ],
  [
    'truncated JSON',
    '{"format": "cbrn-nap-questionnaire", "areas": [',
    '$',
    'not valid JSON: the text ends too early',
  ],
  ['a list instead of an object', '[]', '$', 'must be an object, not a list'],
  [
    'wrong format name',
    (q) => (q.format = 'surveyjs'),
    '$.format',
    'must be "cbrn-nap-questionnaire", not the text "surveyjs"',
  ],
  ['a future format version', (q) => (q.formatVersion = 2), '$.formatVersion', 'must be 1, not the number 2'],
  // --- shape
  ['missing id', (q) => delete q.id, '$.id', 'is required'],
  [
    'bad id characters',
    (q) => (q.areas[0].items[0].id = 'Bio Authority'),
    '$.areas[0].items[0].id',
    'must be a stable id of lower-case letters, digits and . _ - (e.g. "bs.inventory")',
  ],
  ['bad semantic version', (q) => (q.version = 'v2'), '$.version', 'must be a semantic version like "1.0.0"'],
  ['no areas', (q) => (q.areas = []), '$.areas', 'must not be an empty list'],
  [
    'unknown question kind',
    (q) => (q.areas[0].items[1].kind = 'slider'),
    '$.areas[0].items[1].kind',
    'unknown kind "slider"; expected one of: "capacity", "singleChoice", "multipleChoice", "yesPartlyNo", "number", "shortText", "longText", "date", "agency", "table", "risk", "group"',
  ],
  [
    'misspelt field',
    (q) => (q.areas[0].items[1].tittle = q.areas[0].items[1].title),
    '$.areas[0].items[1].tittle',
    'is not a field of this format',
  ],
  [
    'title not a text map',
    (q) => (q.areas[0].items[1].title = 'Labs?'),
    '$.areas[0].items[1].title',
    'must be an object, not the text "Labs?"',
  ],
  [
    'empty translation',
    (q) => (q.areas[0].items[1].title.ru = ''),
    '$.areas[0].items[1].title.ru',
    'must not be empty',
  ],
  [
    'unknown condition operator',
    (q) => (q.areas[0].items[3].condition = { op: 'matches', question: 'bio.has-bsl3', value: 'x' }),
    '$.areas[0].items[3].condition.op',
    'unknown op "matches"; expected one of: "equals", "oneOf", "includes", "gt", "gte", "lt", "lte", "answered", "all", "any", "not"',
  ],
  [
    'unknown hazard',
    (q) => (q.areas[0].items[0].scoring.hazards = ['X']),
    '$.areas[0].items[0].scoring.hazards[0]',
    'must be one of: "C", "B", "R", "N"; got the text "X"',
  ],
  [
    'weight out of range',
    (q) => (q.areas[0].items[0].scoring.weight = 10),
    '$.areas[0].items[0].scoring.weight',
    'must be at most 3',
  ],
  [
    'unknown action type',
    (q) => (q.actions[0].type = 'meeting'),
    '$.actions[0].type',
    'must be one of: "advocacy", "assessment", "coordination", "designation", "dissemination", "financing", "monitoring-evaluation", "planning-strategy", "procurement", "program-implementation", "simulation-exercise", "sops", "surveillance", "tool-development", "training", "legislation"; got the text "meeting"',
  ],
  [
    'fractional duration',
    (q) => (q.actions[0].durationMonths = 2.5),
    '$.actions[0].durationMonths',
    'must be a whole number, not the number 2.5',
  ],
  [
    'pattern without a message',
    (q) => delete q.areas[1].items[1].validation[1].message,
    '$.areas[1].items[1].validation[1].message',
    'is required',
  ],
  // --- meaning
  [
    'duplicate question id',
    (q) => (q.areas[1].items[0].id = 'bio.authority'),
    '$.areas[1].items[0].id',
    'duplicate area, group or question id "bio.authority" (first used at $.areas[0].items[0])',
  ],
  [
    'duplicate option id',
    (q) => (q.areas[0].items[4].options[2].id = 'bwc'),
    '$.areas[0].items[4].options[2].id',
    'duplicate option id "bwc" (first used at $.areas[0].items[4].options[0])',
  ],
  [
    'duplicate action id',
    (q) => (q.actions[1].id = 'bio.authority.l2'),
    '$.actions[1].id',
    'duplicate action id "bio.authority.l2" (first used at $.actions[0])',
  ],
  [
    'default language not declared',
    (q) => (q.defaultLanguage = 'kk'),
    '$.defaultLanguage',
    '"kk" is not one of the declared languages (en, ru)',
  ],
  [
    'text without the default language',
    (q) => delete q.areas[0].title.en,
    '$.areas[0].title',
    'has no text in the default language "en"',
  ],
  [
    'text in an undeclared language',
    (q) => (q.title.kk = 'Сауалнама'),
    '$.title.kk',
    'language "kk" is not declared in "languages"',
  ],
  [
    'condition on an unknown question',
    (q) => (q.areas[0].items[3].condition = { op: 'answered', question: 'bio.nothing' }),
    '$.areas[0].items[3].condition.question',
    'refers to unknown question "bio.nothing"',
  ],
  [
    'condition on a later question',
    (q) => (q.areas[0].items[1].condition = { op: 'answered', question: 'ops.staff' }),
    '$.areas[0].items[1].condition.question',
    'refers to "ops.staff", which comes later; a condition may only use earlier questions',
  ],
  [
    'condition on itself',
    (q) => (q.areas[1].items[0].condition = { op: 'gt', question: 'ops.staff', value: 1 }),
    '$.areas[1].items[0].condition.question',
    '"ops.staff" depends on its own answer "ops.staff", a cycle',
  ],
  [
    'group condition on its own question (cycle)',
    (q) => (q.areas[0].items[2].condition = { op: 'answered', question: 'bio.inventory' }),
    '$.areas[0].items[2].condition.question',
    '"bio.labs-group" depends on its own answer "bio.inventory", a cycle',
  ],
  [
    'nested condition with an option that does not exist',
    (q) =>
      (q.areas[1].items[2].condition = {
        op: 'any',
        conditions: [{ op: 'not', condition: { op: 'equals', question: 'bio.has-bsl3', value: 'maybe' } }],
      }),
    '$.areas[1].items[2].condition.conditions[0].condition.value',
    '"maybe" is not an answer of "bio.has-bsl3" (yes, partly, no)',
  ],
  [
    'comparison on a text question',
    (q) => (q.areas[1].items[2].condition = { op: 'gt', question: 'ops.code', value: 3 }),
    '$.areas[1].items[2].condition.question'.replace('.question', '.value'),
    '"gt" needs a number, capacity or date question; "ops.code" is shortText',
  ],
  [
    'scoring a text question',
    (q) => (q.areas[1].items[1].scoring = { hazards: ['C'] }),
    '$.areas[1].items[1].scoring',
    'a shortText question cannot be scored; score capacity, singleChoice or yesPartlyNo questions',
  ],
  [
    'choice mapping that misses an option',
    (q) => delete q.areas[0].items[2].questions[1].scoring.levels.other,
    '$.areas[0].items[2].questions[1].scoring.levels',
    'answer "other" has no level (use null if it is not scored)',
  ],
  [
    'capacity level without descriptor',
    (q) => q.areas[0].items[0].levels.splice(2, 1),
    '$.areas[0].items[0].levels',
    'level 3 has no descriptor',
  ],
  [
    'capacity level described twice',
    (q) => (q.areas[0].items[0].levels[1].level = 1),
    '$.areas[0].items[0].levels[1].level',
    'level 1 is described twice',
  ],
  [
    'action for level 1',
    (q) => (q.actions[0].level = 1),
    '$.actions[0].level',
    'no action unlocks level 1, the lowest level; use 2–5',
  ],
  [
    'action for a level the mapping cannot reach',
    (q) => (q.actions[4].level = 4),
    '$.actions[4].level',
    '"bio.inventory" can never be at level 4; its answers give levels 1, 3, 5',
  ],
  [
    'action for an unscored question',
    (q) => (q.actions[0].indicator = 'bio.has-bsl3'),
    '$.actions[0].indicator',
    '"bio.has-bsl3" is not a scored indicator',
  ],
  [
    'action with an unknown lead role',
    (q) => (q.actions[0].leadRole = 'army'),
    '$.actions[0].leadRole',
    'unknown agency role "army"',
  ],
  [
    'length rule on a number question',
    (q) => (q.areas[1].items[0].validation = [{ rule: 'length', max: 3 }]),
    '$.areas[1].items[0].validation[0].rule',
    '"length" does not apply to a number question',
  ],
  [
    'range with min above max',
    (q) => (q.areas[1].items[0].validation = [{ rule: 'range', min: 10, max: 1 }]),
    '$.areas[1].items[0].validation[0]',
    'min (10) is greater than max (1)',
  ],
  [
    'invalid regular expression',
    (q) => (q.areas[1].items[1].validation[1].pattern = '([A-Z'),
    '$.areas[1].items[1].validation[1].pattern',
    'is not a valid regular expression',
  ],
  [
    'risk questions without risk scales',
    (q) => delete q.riskScales,
    '$',
    'risk questions need "riskScales" (likelihood and impact, levels 1–5)',
  ],
  [
    'renamed to a question that does not exist',
    (q) => (q.changes.renamed[0].to = 'bio.labz'),
    '$.changes.renamed[0].to',
    'unknown question "bio.labz"',
  ],
  [
    'removed id still present',
    (q) => (q.changes.removed = ['ops.staff']),
    '$.changes.removed[0]',
    '"ops.staff" still exists in this version',
  ],
  [
    'a replaced id still present',
    (q) => (q.changes.replaced = [{ from: 'ops.staff', by: ['ops.code'] }]),
    '$.changes.replaced[0].from',
    '"ops.staff" still exists in this version',
  ],
  [
    'replaced by a question that does not exist',
    (q) => (q.changes.replaced = [{ from: 'bio.old', by: ['bio.nothing'] }]),
    '$.changes.replaced[0].by[0]',
    'unknown question "bio.nothing"',
  ],
  [
    'a scenario link to an unknown scenario',
    (q) => (q.areas[0].items[0].scoring.scenarios = ['ops.risk-nowhere']),
    '$.areas[0].items[0].scoring.scenarios[0]',
    'unknown scenario "ops.risk-nowhere"',
  ],
  [
    'a scenario link to a question that is not a risk scenario',
    (q) => (q.areas[0].items[0].scoring.scenarios = ['ops.staff']),
    '$.areas[0].items[0].scoring.scenarios[0]',
    '"ops.staff" is not a risk scenario (a risk question)',
  ],
  [
    'a prerequisite that is not an indicator',
    (q) => (q.actions[1].prerequisites = [{ indicator: 'ops.staff', level: 3 }]),
    '$.actions[1].prerequisites[0].indicator',
    '"ops.staff" is not a scored indicator',
  ],
  [
    'a prerequisite on the action’s own indicator',
    (q) => (q.actions[1].prerequisites = [{ indicator: 'bio.authority', level: 3 }]),
    '$.actions[1].prerequisites[0].indicator',
    'an action cannot be its own indicator’s prerequisite',
  ],
];

describe('loadQuestionnaire rejects', () => {
  it.each(cases)('%s', (_name, input, path, message) => {
    const text = typeof input === 'string' ? input : mutatedFullFeature(input);
    const result = loadQuestionnaire(text);
    expect(result.status).toBe('failure');
    expect(result.issues).toContainEqual({ severity: 'error', path, message });
  });

  it('reports every error of a file in one pass', () => {
    const result = loadQuestionnaire(
      mutatedFullFeature((q) => {
        q.actions[0].leadRole = 'army';
        q.areas[1].items[3].id = 'bio.authority';
      }),
    );
    expect(result.issues.filter((i) => i.severity === 'error')).toHaveLength(2);
  });
});
