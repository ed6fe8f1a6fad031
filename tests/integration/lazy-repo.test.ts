import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { lazyRepo } from '../../src/storage/lazy-repo';
import { reviewEntry } from '../builders/priorities';
import { testStore } from '../builders/store';

const settle = (ms = 50) => new Promise((resolve) => setTimeout(resolve, ms));

/** A stand-in repository that counts its loads and subscriptions. */
function counted(fail = 0) {
  const seen = { loads: 0, subscribed: 0, stopped: 0 };
  let failures = fail;
  const repo = lazyRepo(
    async () => {
      seen.loads++;
      await settle(5);
      if (failures-- > 0) throw new Error('chunk not found');
      return {
        double: (n: number) => Promise.resolve(n * 2),
        watch: (id: string, onChange: (v: string) => void, _onError: (e: unknown) => void) => {
          seen.subscribed++;
          onChange(`watched ${id}`);
          return () => void seen.stopped++;
        },
      };
    },
    { double: 'async', watch: 'watch' },
  );
  return { repo, seen };
}

describe('a repository loaded on first use', () => {
  it('loads once, then forwards every call', async () => {
    const { repo, seen } = counted();
    expect(seen.loads).toBe(0);
    expect(await Promise.all([repo.double(2), repo.double(3)])).toEqual([4, 6]);
    expect(await repo.double(5)).toBe(10);
    expect(seen.loads).toBe(1);
  });

  it('subscribes a watch once loaded; stopped before that, it never subscribes', async () => {
    const { repo, seen } = counted();
    const got: string[] = [];
    const stopEarly = repo.watch(
      'a1',
      (v) => got.push(v),
      () => undefined,
    );
    stopEarly();
    const stop = repo.watch(
      'a2',
      (v) => got.push(v),
      () => undefined,
    );
    await settle();
    expect(got).toEqual(['watched a2']);
    expect(seen.subscribed).toBe(1);
    stop();
    expect(seen.stopped).toBe(1);
  });

  it('reports a failed load to the caller, and tries again on the next call', async () => {
    const { repo, seen } = counted(1);
    const errors: unknown[] = [];
    repo.watch(
      'a1',
      () => undefined,
      (e) => errors.push(e),
    );
    await expect(repo.double(1)).rejects.toThrow('chunk not found');
    expect(errors).toHaveLength(1);
    expect(await repo.double(1)).toBe(2);
    expect(seen.loads).toBe(2);
  });

  it('is followed by a live query: the review log read through the store updates on a new entry', async () => {
    const store = testStore(`lazy-repo-${Date.now()}`);
    await store.open();
    const seen: number[] = [];
    const subscription = liveQuery(() => store.review.list('a1')).subscribe((log) => seen.push(log.length));
    await settle(200);
    await store.review.append(
      reviewEntry({ kind: 'comment', indicatorId: 'i1', text: 'Checked with the ministry.' }),
    );
    await settle(200);
    subscription.unsubscribe();
    expect(seen).toEqual([0, 1]);
  });
});
