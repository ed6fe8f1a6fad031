import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnswerRecord } from '../../../../src/domain/assessment/answer';
import { indexQuestionnaire } from '../../../../src/domain/questionnaire/questionnaire-index';
import { AnswerSession, PROGRESS_DELAY_MS } from '../../../../src/features/fill/answer-session';
import { computeVisibility } from '../../../../src/domain/conditions/visibility';
import type { SaveOutcome } from '../../../../src/storage/answers-repo';
import { makeAnswer, T0 } from '../../../../tests/builders/assessment';
import { fullFeature } from '../../../../tests/builders/questionnaire';

const index = indexQuestionnaire(fullFeature());

function setup(
  save: (records: AnswerRecord[]) => Promise<SaveOutcome>,
  keepUnwritten?: (records: AnswerRecord[]) => boolean,
) {
  let clock = T0;
  const session = new AnswerSession({
    assessmentId: 'a1',
    index,
    validation: { agencyIds: new Set() },
    save,
    keepUnwritten,
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

  it('writes every edit within a second while typing goes on without a pause (a key every 120 ms for 5 s)', async () => {
    const saved: number[] = [];
    const save = vi.fn((records: AnswerRecord[]) => {
      for (const r of records) saved.push(String(r.value).length);
      return Promise.resolve({ stale: [] });
    });
    const session = setup(save);
    const typedAt: number[] = [];
    const writtenBy: number[] = [];
    let text = '';
    for (let ms = 0; ms <= 5000; ms += 10) {
      if (ms % 120 === 0) {
        text += 'x';
        session.set('ops.notes', { value: text });
        typedAt.push(ms);
      }
      await vi.advanceTimersByTimeAsync(10);
      const longest = Math.max(0, ...saved);
      while (writtenBy.length < longest) writtenBy.push(ms + 10);
    }
    // The debounce of 300 ms never ran out, yet no keystroke waited more than a second for its write.
    const waits = typedAt.slice(0, writtenBy.length).map((t, i) => writtenBy[i]! - t);
    expect(writtenBy.length).toBeGreaterThan(typedAt.length - 10);
    expect(Math.max(...waits)).toBeLessThanOrEqual(1000);
  });

  it('keeps every unwritten edit in the journal at once, and empties it once written', async () => {
    const kept: AnswerRecord[][] = [];
    let resolve!: () => void;
    const save = vi.fn(() => new Promise<SaveOutcome>((r) => (resolve = () => r({ stale: [] }))));
    const session = setup(save, (records) => (kept.push(records), true));
    session.set('ops.staff', { value: 3 });
    expect(kept.at(-1)!.map((r) => [r.questionId, r.value])).toEqual([['ops.staff', 3]]);
    const flushing = session.flush();
    // While the write is under way, a newer edit of the same question is kept once, as the newer.
    session.set('ops.staff', { value: 4 });
    expect(kept.at(-1)!.map((r) => [r.questionId, r.value])).toEqual([['ops.staff', 4]]);
    resolve();
    await flushing;
    expect(kept.at(-1)!.map((r) => r.value)).toEqual([4]);
    const second = session.flush();
    resolve();
    await second;
    expect(kept.at(-1)).toEqual([]);
    expect(session.atRisk()).toBe(false);
  });

  it('says edits are at risk only when the journal refuses them and they are not yet written', async () => {
    const session = setup(
      () => Promise.resolve({ stale: [] }),
      () => false,
    );
    session.set('ops.staff', { value: 3 });
    expect(session.atRisk()).toBe(true);
    await session.flush();
    expect(session.atRisk()).toBe(false);
  });

  it('keeps what is shown while answers no condition reads change, and decides again when one does', () => {
    const session = setup(() => Promise.resolve({ stale: [] }));
    const shown = session.visibility();
    session.set('ops.lead', { value: 'moh' });
    expect(session.visibility()).toBe(shown);
    session.set('bio.has-bsl3', { value: 'no' });
    expect(session.visibility()).not.toBe(shown);
    expect(session.visibility()).toEqual(computeVisibility(index, session.all()));
  });

  it('tells progress listeners once, shortly after the last of a run of edits, with progress up to date', async () => {
    const session = setup(() => Promise.resolve({ stale: [] }));
    const told = vi.fn();
    session.subscribeProgress(told);
    const before = session.progress().answered;
    for (const value of [1, 2, 3]) {
      session.set('bio.authority', { value });
      await vi.advanceTimersByTimeAsync(PROGRESS_DELAY_MS - 1);
    }
    expect(told).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(told).toHaveBeenCalledTimes(1);
    expect(session.getProgressVersion()).toBe(1);
    expect(session.progress().answered).toBe(before + 1);
  });

  it('grows from the questionnaire as far as read to the whole of it, keeping the answers it has', () => {
    const q = fullFeature();
    const first = indexQuestionnaire({ areas: [q.areas[0]!] });
    const session = new AnswerSession({
      assessmentId: 'a1',
      index: first,
      validation: { agencyIds: new Set() },
      save: () => Promise.resolve({ stale: [] }),
      now: () => T0,
    });
    const inFirst = 'bio.has-bsl3';
    session.applyStored([makeAnswer({ assessmentId: 'a1', questionId: inFirst, value: 'yes' })]);
    expect(session.progress().areas.map((a) => a.areaId)).toEqual([q.areas[0]!.id]);
    session.setIndex(index);
    expect(session.progress().areas.map((a) => a.areaId)).toEqual(q.areas.map((a) => a.id));
    expect(session.get(inFirst)?.value).toBe('yes');
    expect(session.setAside()).toEqual([]);
  });
});
