import { describe, expect, it } from 'vitest';
import type { ReviewEntry } from '../../../../src/domain/scoring/review';
import {
  answerConflictsOf,
  readSyncDocument,
  rewriteRefused,
  settleConflict,
  syncDatabaseName,
  syncDocId,
  toSyncDocuments,
} from '../../../../src/domain/sync/sync-documents';
import { makeAnswer, makeAssessment, T0 } from '../../../builders/assessment';
import { update } from '../../../builders/monitoring';

const accept: ReviewEntry = {
  id: 'r1',
  assessmentId: 'a1',
  at: T0,
  reviewer: 'EU CoE expert',
  kind: 'accept',
  indicatorId: 'gov.3',
};
const answer = makeAnswer({ questionId: 'gov.national-team', value: 'yes', comment: 'Decree 214' });

describe('an assessment as CouchDB documents', () => {
  it('gives every record an id that every device derives from the record itself', () => {
    const docs = toSyncDocuments({
      assessment: makeAssessment(),
      answers: [answer],
      plan: null,
      reviewLog: [accept],
      updates: [update({ id: 'u-7', actionId: 'A-1.1', asOf: '2027-03-31', status: 'onTrack' })],
      adopted: [],
    });
    expect(docs.map((d) => d._id)).toEqual([
      'assessment',
      'answer:gov.national-team',
      'review:r1',
      'update:u-7',
    ]);
    // The same records a second time give the same documents (no device-local part in an id).
    expect(
      toSyncDocuments({
        assessment: makeAssessment(),
        answers: [answer],
        plan: null,
        reviewLog: [accept],
        updates: [],
        adopted: [],
      }).map((d) => d._id),
    ).toEqual(['assessment', 'answer:gov.national-team', 'review:r1']);
  });

  it.each([
    [
      'an answer of this assessment',
      { _id: 'answer:gov.national-team', _rev: '2-x', kind: 'answer', record: answer },
      null,
    ],
    ['the profile', { _id: 'assessment', _rev: '1-a', kind: 'assessment', record: makeAssessment() }, null],
    ['not an object', 'answer', 'document (no id): is not an object'],
    ['an unknown kind', { _id: 'x', kind: 'note', record: {} }, 'document x:'],
    [
      'an id that is not its record’s',
      { _id: 'answer:gov.other', kind: 'answer', record: answer },
      'document answer:gov.other: should be "answer:gov.national-team" for this record',
    ],
    [
      'another assessment’s answer',
      { _id: 'answer:gov.national-team', kind: 'answer', record: { ...answer, assessmentId: 'a2' } },
      'belongs to assessment "a2", not "a1"',
    ],
    [
      'another assessment’s profile',
      { _id: 'assessment', kind: 'assessment', record: makeAssessment({ id: 'a2' }) },
      'belongs to assessment "a2", not "a1"',
    ],
    [
      'an answer without its author',
      { _id: 'answer:gov.national-team', kind: 'answer', record: { ...answer, author: undefined } },
      'document answer:gov.national-team:',
    ],
    [
      'a field CouchDB does not know beside the record',
      { _id: 'answer:gov.national-team', kind: 'answer', record: answer, extra: 1 },
      'document answer:gov.national-team:',
    ],
  ])('reads %s through one gate', (_name, doc, refused) => {
    const read = readSyncDocument(doc, 'a1');
    if (refused === null) {
      expect(read.ok).toBe(true);
      if (read.ok) expect(syncDocId(read.item)).toBe((doc as { _id: string })._id);
    } else {
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.issues.map((i) => i.message).join('\n')).toContain(refused);
    }
  });

  it.each([
    ['a1', 'nap-a1'],
    ['3f2c9a1e-7b4d-4e8a-9c1f-0a2b3c4d5e6f', 'nap-3f2c9a1e-7b4d-4e8a-9c1f-0a2b3c4d5e6f'],
    ['imported.a', 'nap-imported(2e)a'],
    ['Imported.A', 'nap-(49)mported(2e)(41)'],
  ])('names the database of assessment %s %s', (id, name) => {
    expect(syncDatabaseName(id)).toBe(name);
    expect(name).toMatch(/^[a-z][a-z0-9_$()+/-]*$/);
  });

  it('shows every conflicting revision of an answer side by side, the newer one preselected', () => {
    const here = makeAnswer({ questionId: 'q', value: 2, author: 'MoH', updatedAt: T0 + 10 });
    const older = makeAnswer({ questionId: 'q', value: 3, author: 'SCS', updatedAt: T0 + 5 });
    const newer = makeAnswer({ questionId: 'q', value: 4, author: 'NFP', updatedAt: T0 + 20 });
    expect(answerConflictsOf(here, [older, newer]).map((c) => [c.incoming.author, c.suggested])).toEqual([
      ['SCS', 'local'],
      ['NFP', 'incoming'],
    ]);
  });

  it('settles a conflict as the chosen record on the winning revision and every other revision deleted', () => {
    const chosen = { kind: 'answer' as const, record: makeAnswer({ questionId: 'q', value: 4 }) };
    const writes = settleConflict('answer:q', '3-win', ['3-lose', '2-old'], chosen);
    expect(writes.map((w) => [w._rev, w._deleted ?? false])).toEqual([
      ['3-win', false],
      ['3-lose', true],
      ['2-old', true],
    ]);
    expect(writes[0]).toMatchObject({ _id: 'answer:q', kind: 'answer', record: { value: 4 } });
  });

  it('refuses to change a record written once, and lets an edited kind change', () => {
    const changed: ReviewEntry = { ...accept, note: 'changed later' };
    expect(rewriteRefused({ kind: 'review', record: accept }, { kind: 'review', record: changed })).toBe(
      'document review:r1: a review record is written once and cannot be changed',
    );
    expect(
      rewriteRefused({ kind: 'review', record: accept }, { kind: 'review', record: accept }),
    ).toBeUndefined();
    expect(rewriteRefused(undefined, { kind: 'review', record: changed })).toBeUndefined();
    const edited = { kind: 'answer' as const, record: { ...answer, value: 'no' } };
    expect(rewriteRefused({ kind: 'answer', record: answer }, edited)).toBeUndefined();
  });
});
