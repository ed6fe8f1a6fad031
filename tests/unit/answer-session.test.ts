import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnswerRecord } from '../../src/domain/assessment/answer';
import { indexQuestionnaire } from '../../src/domain/questionnaire/walk';
import { AnswerSession } from '../../src/features/fill/answer-session';
import type { SaveOutcome } from '../../src/storage/answers-repo';
import { makeAnswer, T0 } from '../builders/assessment';
import { fullFeature } from '../builders/questionnaire';

const index = indexQuestionnaire(fullFeature());

function setup(save: (records: AnswerRecord[]) => Promise<SaveOutcome>) {
  let clock = T0;
  const session = new AnswerSession({
    assessmentId: 'a1',
    index,
    validation: { agencyIds: new Set() },
    save,
    now: () => (clock += 10),
  });
  session.setAuthor('Tester');
  return session;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('AnswerSession', () => {
  it('gathers edits for 300 ms and writes them in one batch, stamped with time and author', async () => {
    const save = vi.fn((_r: AnswerRecord[]) => Promise.resolve({ stale: [] }));
    const session = setup(save);
    session.set('ops.staff', { value: 1 });
    session.set('ops.staff', { value: 12 });
    session.set('ops.code', { value: 'AB-1' });
    expect(session.getStatus()).toEqual({ state: 'pending' });
    await vi.advanceTimersByTimeAsync(299);
    expect(save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save.mock.calls[0]![0].map((r) => [r.questionId, r.value, r.author, r.updatedAt])).toEqual([
      ['ops.staff', 12, 'Tester', T0 + 20],
      ['ops.code', 'AB-1', 'Tester', T0 + 30],
    ]);
    expect(session.getStatus()).toEqual({ state: 'saved' });
  });

  it('flushes at once when asked (page hidden or closed)', async () => {
    const save = vi.fn(() => Promise.resolve({ stale: [] }));
    const session = setup(save);
    session.set('ops.staff', { value: 3 });
    await session.flush();
    expect(save).toHaveBeenCalledTimes(1);
    expect(session.hasUnsaved()).toBe(false);
  });

  it('lets a newer stored answer (another tab) win over a stale local edit, and shows it', async () => {
    const newer = makeAnswer({
      questionId: 'ops.staff',
      value: 99,
      updatedAt: T0 + 10_000,
      author: 'Other tab',
    });
    const session = setup(() => Promise.resolve({ stale: [newer] }));
    const external = vi.fn();
    session.onExternalChange(external);
    session.set('ops.staff', { value: 5 });
    await session.flush();
    expect(session.get('ops.staff')?.value).toBe(99);
    expect(external).toHaveBeenCalledWith('ops.staff', expect.objectContaining({ value: 99 }));
  });

  it('does not let stored answers replace an edit that is still waiting to be written', () => {
    const session = setup(() => Promise.resolve({ stale: [] }));
    session.set('ops.staff', { value: 5 });
    session.applyStored([makeAnswer({ questionId: 'ops.staff', value: 1, updatedAt: T0 + 10_000 })]);
    expect(session.get('ops.staff')?.value).toBe(5);
  });

  it('keeps edits whose write failed, reports the error, and writes them on retry', async () => {
    const save = vi
      .fn()
      .mockRejectedValueOnce(new Error('QuotaExceededError'))
      .mockResolvedValue({ stale: [] });
    const session = setup(save);
    session.set('ops.staff', { value: 7 });
    await session.flush();
    expect(session.getStatus().state).toBe('error');
    expect(session.hasUnsaved()).toBe(true);
    await session.flush();
    expect(save).toHaveBeenCalledTimes(2);
    expect((save.mock.calls[1]![0] as AnswerRecord[])[0]).toMatchObject({
      questionId: 'ops.staff',
      value: 7,
    });
    expect(session.getStatus()).toEqual({ state: 'saved' });
  });

  it('ignores older stored answers, and a first edit that enters nothing', () => {
    const save = vi.fn(() => Promise.resolve({ stale: [] }));
    const session = setup(save);
    session.applyStored([makeAnswer({ questionId: 'ops.staff', value: 4, updatedAt: T0 + 100 })]);
    session.applyStored([makeAnswer({ questionId: 'ops.staff', value: 2, updatedAt: T0 + 50 })]);
    expect(session.get('ops.staff')?.value).toBe(4);
    session.set('ops.code', {});
    expect(session.hasUnsaved()).toBe(false);
  });

  it('recomputes visibility and progress after each change', () => {
    const session = setup(() => Promise.resolve({ stale: [] }));
    expect(session.visibility().containers.has('ops')).toBe(false);
    session.set('bio.authority', { value: 2 });
    expect(session.visibility().containers.has('ops')).toBe(true);
    expect(session.progress().answered).toBe(1);
  });
});
