import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assembleFromSources } from '../../../../scripts/assemble-questionnaire';
import type { AnswerRecord } from '../../../../src/domain/assessment/answer';
import { exampleAssessmentSchema } from '../../../../src/domain/assessment/example';
import { exampleRecords } from '../../../../src/domain/assessment/example-records';
import {
  moveAssessment,
  planVersionMove,
  VersionMoveError,
} from '../../../../src/domain/assessment/version-move';
import { carriedAnswers, reassess } from '../../../../src/domain/assessment/reassess';
import { makeAssessment } from '../../../builders/assessment';
import { computeVisibility } from '../../../../src/domain/conditions/visibility';
import {
  loadQuestionnaire,
  loadQuestionnaireValue,
} from '../../../../src/domain/questionnaire/load-questionnaire';
import { indexQuestionnaire } from '../../../../src/domain/questionnaire/questionnaire-index';
import type { Questionnaire } from '../../../../src/domain/questionnaire/schema';
import { checkAnswers } from '../../../../src/domain/validation/check-answers';

const text = (en: string) => ({ en, ru: `${en} (ru)` });
const levels = (word = 'Level') =>
  [1, 2, 3, 4, 5].map((level) => ({ level, descriptor: text(`${word} ${level}`) }));
const capacity = (id: string, extra: object = {}) => ({
  kind: 'capacity',
  id,
  title: text(`Question ${id}`),
  levels: levels(),
  ...extra,
});

function questionnaire(version: string, items: object[], changes?: object): Questionnaire {
  const loaded = loadQuestionnaireValue({
    format: 'cbrn-nap-questionnaire',
    formatVersion: 1,
    id: 'q',
    version,
    languages: ['en', 'ru'],
    defaultLanguage: 'en',
    title: text('Q'),
    agencyRoles: [{ id: 'health', label: text('Health') }],
    areas: [{ id: 'a', title: text('Area'), items }],
    actions: [],
    ...(changes ? { changes: { previousVersion: '1.0.0', renamed: [], removed: [], ...changes } } : {}),
  });
  if (loaded.status === 'failure') throw new Error(JSON.stringify(loaded.issues));
  return loaded.value;
}

const before = questionnaire('1.0.0', [
  capacity('same'),
  capacity('old-name'),
  capacity('gone'),
  capacity('compound'),
  {
    kind: 'singleChoice',
    id: 'choice',
    title: text('Choice'),
    options: [
      { id: 'x', label: text('X') },
      { id: 'y', label: text('Y') },
    ],
  },
  capacity('na', { allowNotApplicable: true }),
  capacity('reworded'),
]);
const after = questionnaire(
  '1.1.0',
  [
    capacity('same'),
    capacity('new-name', { title: text('Question old-name') }),
    capacity('part-1'),
    capacity('part-2'),
    {
      kind: 'singleChoice',
      id: 'choice',
      title: text('Choice'),
      options: [
        { id: 'x', label: text('X') },
        { id: 'z', label: text('Z') },
      ],
    },
    capacity('na'),
    capacity('reworded', { levels: levels('Stage') }),
    capacity('fresh'),
  ],
  {
    renamed: [{ from: 'old-name', to: 'new-name' }],
    removed: ['gone'],
    replaced: [{ from: 'compound', by: ['part-1', 'part-2'] }],
  },
);
const record = (questionId: string, state: Partial<AnswerRecord>): AnswerRecord => ({
  assessmentId: 'a1',
  questionId,
  updatedAt: 1000,
  author: 'A. Asanova',
  ...state,
});
const owner = { id: 'a1', roster: [] };
const move = (records: AnswerRecord[], target = after) =>
  planVersionMove(
    { questionnaire: before, index: indexQuestionnaire(before) },
    { questionnaire: target, index: indexQuestionnaire(target) },
    records,
    owner,
  );

describe('moving answers to the next version of the questionnaire', () => {
  it.each<[string, AnswerRecord, 'carried' | 'setAside', unknown]>([
    [
      'an unchanged question keeps its answer, author and time',
      record('same', { value: 3, comment: 'c' }),
      'carried',
      { questionId: 'same', value: 3, comment: 'c', author: 'A. Asanova', updatedAt: 1000 },
    ],
    [
      'a renamed question takes its answer along',
      record('old-name', { value: 2 }),
      'carried',
      { questionId: 'new-name', value: 2 },
    ],
    [
      'a removed question’s answer is kept aside',
      record('gone', { value: 4 }),
      'setAside',
      { kind: 'removed' },
    ],
    [
      'a replaced question’s answer is kept aside, with what replaces it',
      record('compound', { value: 2 }),
      'setAside',
      { kind: 'replaced', by: ['part-1', 'part-2'] },
    ],
    [
      'an option that no longer exists is kept aside, with why',
      record('choice', { value: 'y' }),
      'setAside',
      { kind: 'invalid', message: expect.stringContaining('is not a value of a singleChoice question') },
    ],
    [
      '"not applicable" where the question no longer allows it is kept aside',
      record('na', { special: 'notApplicable' }),
      'setAside',
      { kind: 'invalid', message: 'is "not applicable", which this question no longer allows' },
    ],
  ])('%s', (_name, given, where, expected) => {
    const result = move([given]);
    if (where === 'carried') expect(result.carried).toEqual([expect.objectContaining(expected as object)]);
    else expect(result.setAside).toEqual([{ record: given, reason: expected }]);
  });

  it('lists renamed and reworded questions, and the questions new in this version', () => {
    const result = move([
      record('old-name', { value: 2 }),
      record('reworded', { value: 3 }),
      record('same', { value: 1 }),
    ]);
    expect(result.renamed).toEqual([{ from: 'old-name', to: 'new-name' }]);
    expect(result.reworded).toEqual(['reworded']);
    expect(result.fresh).toEqual(['part-1', 'part-2', 'fresh']);
  });

  it('refuses a version that does not follow this one, or another questionnaire', () => {
    expect(() => move([], questionnaire('1.2.0', [capacity('same')], { previousVersion: '1.1.0' }))).toThrow(
      VersionMoveError,
    );
    expect(() => move([], questionnaire('1.1.0', [capacity('same')]))).toThrow(
      'follows no version, not 1.0.0',
    );
  });
});

describe('a re-assessment moved to the next version', () => {
  const earlier = makeAssessment({ id: 'a0', questionnaire: { id: 'test', version: '1.0.0' } });
  const answers = [
    record('same', { value: 2 }),
    record('old-name', { value: 3 }),
    record('gone', { value: 1 }),
  ];
  const started = reassess(
    { ...earlier },
    answers.map((a) => ({ ...a, assessmentId: 'a0' })),
    {
      id: 'a1',
      title: 'NAQ 2029',
      now: 5000,
    },
  );

  it('keeps its carried answers marked under their new ids, and drops the marks of what was not carried', () => {
    const moved = moveAssessment(
      { assessment: started.assessment, answers: started.answers, reviewLog: [], plan: null },
      { questionnaire: before, index: indexQuestionnaire(before) },
      { questionnaire: after, index: indexQuestionnaire(after) },
      'a2',
      6000,
    );
    expect(moved.assessment.reassessmentOf).toMatchObject({
      assessmentId: 'a0',
      carried: ['same', 'new-name'],
    });
    const marked = carriedAnswers(moved.assessment.reassessmentOf!);
    for (const a of moved.answers) expect(marked(a.questionId, a.updatedAt), a.questionId).toBe(true);
  });
});

describe('the example assessment on 1.1.0', () => {
  const q100 = loadQuestionnaire(readFileSync('questionnaires/cbrn-naq-1.0.0.json', 'utf8'));
  const q110 = loadQuestionnaireValue(assembleFromSources('questionnaires/cbrn-naq/1.1.0'));
  if (q100.status === 'failure' || q110.status === 'failure') throw new Error('does not load');
  const previous = exampleAssessmentSchema.parse(
    JSON.parse(readFileSync('questionnaires/cbrn-naq/1.0.0/example-assessment.json', 'utf8')),
  );
  const example = exampleAssessmentSchema.parse(
    JSON.parse(readFileSync('questionnaires/cbrn-naq/1.1.0/example-assessment.json', 'utf8')),
  );
  const index = indexQuestionnaire(q110.value);
  const moved = planVersionMove(
    { questionnaire: q100.value, index: indexQuestionnaire(q100.value) },
    { questionnaire: q110.value, index },
    exampleRecords(previous, 'example'),
    { id: 'example', roster: previous.profile.roster },
  );

  it('equals the 1.0.0 example moved to 1.1.0 in every carried answer, and answers the new questions besides', () => {
    expect(example.questionnaire).toEqual({ id: 'cbrn-naq', version: '1.1.0' });
    for (const r of moved.carried) {
      const { value, special, comment, evidence } = r;
      expect(example.answers[r.questionId], r.questionId).toEqual(
        Object.fromEntries(
          Object.entries({ value, special, comment, evidence }).filter(([, v]) => v !== undefined),
        ),
      );
    }
    expect(moved.setAside.map((s) => [s.record.questionId, s.reason.kind]).sort()).toEqual([
      ['int.cwc-opcw', 'replaced'],
      ['wst.lab-waste', 'replaced'],
    ]);
    const extra = Object.keys(example.answers).filter(
      (id) => !moved.carried.some((r) => r.questionId === id),
    );
    expect(extra.length).toBeGreaterThanOrEqual(20);
    for (const id of extra) expect(moved.fresh, id).toContain(id);
  });

  it('validates against 1.1.0 and answers most of what it shows', () => {
    const answers = new Map(Object.entries(example.answers));
    expect(
      checkAnswers(index, answers, {
        agencyIds: new Set(example.profile.roster.map((a) => a.id)),
        today: '2026-01-15',
      }).filter((i) => i.severity === 'error'),
    ).toEqual([]);
    const shown = computeVisibility(index, answers).questions;
    expect([...shown].filter((id) => answers.has(id)).length / shown.size).toBeGreaterThan(0.75);
  });
});
