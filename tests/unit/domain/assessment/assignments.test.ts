import { describe, expect, it } from 'vitest';
import {
  agencyNamed,
  assignedTo,
  assignmentProgress,
  assignmentSchema,
  type Assignment,
} from '../../../../src/domain/assessment/assignments';
import { computeVisibility } from '../../../../src/domain/conditions/visibility';
import { indexQuestionnaire } from '../../../../src/domain/questionnaire/questionnaire-index';
import { fullFeature } from '../../../builders/questionnaire';

const index = indexQuestionnaire(fullFeature());
const roster = [
  { id: 'moh', name: 'Ministry of Health', acronym: 'MoH' },
  { id: 'mes', name: 'Ministry of Emergency Situations', acronym: 'MES' },
  { id: 'scc', name: 'State Customs Committee', acronym: '' },
];
const assignments: Assignment[] = [
  { agencyId: 'moh', areaId: 'bio', due: '2027-03-01' },
  // A question of its own area as well: counted once.
  { agencyId: 'moh', questionId: 'bio.authority' },
  { agencyId: 'mes', areaId: 'ops', due: '2027-05-01' },
  { agencyId: 'scc', questionId: 'ops.lead', due: '2027-01-15' },
];
const answers = new Map<string, { value?: unknown }>([
  ['bio.authority', { value: 3 }],
  ['bio.has-bsl3', { value: 'no' }],
  ['ops.lead', { value: 'mes' }],
]);
const progress = (today: string) =>
  assignmentProgress(index, computeVisibility(index, answers), answers, assignments, roster, today);

describe('assignments of the questionnaire to agencies', () => {
  it('counts the shown questions of each agency once, answered or not (a hidden one is not counted)', () => {
    const { agencies } = progress('2027-01-01');
    // bio has 7 questions; with no BSL-3 laboratory its laboratory group and transport are hidden, and
    // the BWC date until BWC is ticked: 3 shown, 2 of them answered.
    expect(agencies.find((a) => a.agencyId === 'moh')).toEqual({
      agencyId: 'moh',
      assigned: 3,
      answered: 2,
      due: '2027-03-01',
      overdue: false,
      areaIds: ['bio'],
    });
    // The customs agency's one question is answered: no due day is left open.
    expect(agencies.find((a) => a.agencyId === 'scc')).toMatchObject({
      assigned: 1,
      answered: 1,
      overdue: false,
    });
    expect(agencies.find((a) => a.agencyId === 'scc')!.due).toBeUndefined();
  });

  it.each([
    ['before any due day', '2027-01-01', []],
    ['the day after the first due day', '2027-03-02', ['moh:bio']],
    ['after every due day', '2027-06-01', ['moh:bio', 'mes:ops']],
  ])('lists what is overdue %s', (_, today, expected) => {
    const { overdue } = progress(today);
    expect(
      overdue.map((o) => `${o.assignment.agencyId}:${o.assignment.areaId ?? o.assignment.questionId}`),
    ).toEqual(expected);
  });

  it('gives the questions of one agency, by areas and single questions', () => {
    expect([...assignedTo(index, assignments, 'scc')]).toEqual(['ops.lead']);
    expect(assignedTo(index, assignments, 'moh').size).toBe(7);
    expect(assignedTo(index, assignments, 'nobody').size).toBe(0);
  });

  it.each([
    ['an acronym in another case', 'moh', 'moh'],
    ['a full name with spaces around it', '  Ministry of Emergency Situations ', 'mes'],
    ['a name not on the roster', 'Ministry of Transport', undefined],
    ['nothing', '', undefined],
  ])('finds the user’s agency on the roster from %s', (_, named, id) => {
    expect(agencyNamed(roster, named)?.id).toBe(id);
  });

  it('refuses an assignment naming both an area and a question, or neither, or a wrong day', () => {
    expect(
      assignmentSchema.safeParse({ agencyId: 'moh', areaId: 'bio', questionId: 'bio.authority' }).success,
    ).toBe(false);
    expect(assignmentSchema.safeParse({ agencyId: 'moh' }).success).toBe(false);
    expect(assignmentSchema.safeParse({ agencyId: 'moh', areaId: 'bio', due: '01.03.2027' }).success).toBe(
      false,
    );
  });
});
