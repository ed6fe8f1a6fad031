import { describe, expect, it } from 'vitest';
import { decideSync, recordContent } from '../../../../src/domain/sync/sync-decision';
import type { SyncRecord } from '../../../../src/domain/sync/sync-documents';
import { checkSyncServer, originAllowed } from '../../../../src/domain/sync/sync-server';
import { makeAnswer, makeAssessment, T0 } from '../../../builders/assessment';

const answer = (value: number, updatedAt = T0): SyncRecord => ({
  kind: 'answer',
  record: makeAnswer({ questionId: 'bio.authority', value, updatedAt }),
});
const profile = (title: string, updatedAt: number): SyncRecord => ({
  kind: 'assessment',
  record: makeAssessment({ title, updatedAt }),
});
const review = (text: string): SyncRecord => ({
  kind: 'review',
  record: { id: 'r1', assessmentId: 'a1', at: T0, reviewer: 'E', kind: 'comment', indicatorId: 'x', text },
});
const base = (item: SyncRecord) => recordContent(item);

describe('what one document needs (decideSync)', () => {
  it.each([
    ['both the same', answer(2), answer(2), undefined, 'same'],
    ['only here', answer(2), undefined, undefined, 'push'],
    ['only on the replica', undefined, answer(2), undefined, 'pull'],
    ['neither', undefined, undefined, undefined, 'same'],
    ['changed on the replica since the base', answer(2), answer(3), base(answer(2)), 'pull'],
    ['changed here since the base', answer(3), answer(2), base(answer(2)), 'push'],
    ['an answer changed on both sides', answer(3), answer(4), base(answer(2)), 'conflict'],
    ['an answer on both sides before they first synced', answer(3), answer(4), undefined, 'conflict'],
    [
      'a profile changed on both, the newer here',
      profile('B', T0 + 2),
      profile('A', T0 + 1),
      undefined,
      'push',
    ],
    [
      'a profile changed on both, the newer there',
      profile('B', T0 + 1),
      profile('A', T0 + 2),
      undefined,
      'pull',
    ],
    ['a review decision that comes back changed', review('kept'), review('changed'), undefined, 'refuse'],
  ] as const)('%s → %s', (_, here, there, known, expected) => {
    expect(decideSync(here, there, known).kind).toBe(expected);
  });

  it('names why a record written once is refused', () => {
    expect(decideSync(review('kept'), review('changed'), undefined)).toEqual({
      kind: 'refuse',
      reason: 'document review:r1: a review record is written once and cannot be changed',
    });
  });

  it('remembers content by a short hash that differs when the content does', () => {
    expect(recordContent(answer(2))).toBe(recordContent(answer(2)));
    expect(recordContent(answer(2))).not.toBe(recordContent(answer(3)));
    expect(recordContent(answer(2)).length).toBeLessThanOrEqual(11);
  });
});

describe('the server an assessment names (checkSyncServer)', () => {
  const allowed = ['https://couch.example.kg', 'http://127.0.0.1:*'];
  it.each([
    [
      'https://couch.example.kg',
      { ok: true, server: 'https://couch.example.kg', origin: 'https://couch.example.kg' },
    ],
    [
      '  https://couch.example.kg/  ',
      { ok: true, server: 'https://couch.example.kg', origin: 'https://couch.example.kg' },
    ],
    [
      'https://couch.example.kg/couch/',
      { ok: true, server: 'https://couch.example.kg/couch', origin: 'https://couch.example.kg' },
    ],
    ['http://127.0.0.1:5984', { ok: true, server: 'http://127.0.0.1:5984', origin: 'http://127.0.0.1:5984' }],
    ['couch.example.kg', { ok: false, reason: 'notUrl', allowed }],
    ['ftp://couch.example.kg', { ok: false, reason: 'notUrl', allowed }],
    ['http://couch.example.kg', { ok: false, reason: 'notHttps', allowed }],
    ['https://admin:secret@couch.example.kg', { ok: false, reason: 'hasCredentials', allowed }],
    ['https://evil.example.com', { ok: false, reason: 'notAllowed', allowed }],
    ['https://couch.example.kg:6984', { ok: false, reason: 'notAllowed', allowed }],
  ])('%s', (input, expected) => {
    expect(checkSyncServer(input, allowed)).toEqual(expected);
  });

  it('matches an origin exactly, or any port of a host with :*', () => {
    expect(originAllowed('http://127.0.0.1:41234', ['http://127.0.0.1:*'])).toBe(true);
    expect(originAllowed('http://localhost:41234', ['http://127.0.0.1:*'])).toBe(false);
    expect(originAllowed('https://couch.example.kg', ['https://couch.example.kg/'])).toBe(true);
    expect(originAllowed('https://couch.example.kg', [])).toBe(false);
  });
});
