import { describe, expect, it } from 'vitest';
import { CRITICAL_SPACE, LOW_SPACE, SpaceGuard, stateOfEstimate } from '../../../src/services/storage-guard';

const MiB = 1024 * 1024;

describe('the space guard', () => {
  it.each<[string, StorageEstimate | undefined, string]>([
    ['no estimate', undefined, 'unknown'],
    ['an estimate without usage', { quota: 10 * MiB }, 'unknown'],
    ['plenty of room', { quota: 10_000 * MiB, usage: 10 * MiB }, 'ok'],
    ['just under the warning', { quota: LOW_SPACE - 1, usage: 0 }, 'low'],
    ['the warning line itself', { quota: LOW_SPACE, usage: 0 }, 'ok'],
    ['just under the stop', { quota: CRITICAL_SPACE + 10, usage: 11 }, 'critical'],
  ])('reads %s as %s', (_, estimate, state) => {
    expect(stateOfEstimate(estimate)).toBe(state);
  });

  it('stops writing when a write was refused, and only the user, having freed space, lifts it', async () => {
    let estimate: StorageEstimate = { quota: 1000 * MiB, usage: 0 };
    const guard = new SpaceGuard(() => Promise.resolve(estimate));
    const seen: string[] = [];
    guard.subscribe(() => seen.push(guard.get()));
    expect(await guard.check()).toBe('ok');
    expect(guard.mayWrite()).toBe(true);

    guard.diskFull();
    expect(guard.mayWrite()).toBe(false);
    // A later reading that looks fine (Chromium's estimate does not follow the disk) changes nothing.
    expect(await guard.check()).toBe('critical');
    expect(await guard.check(true)).toBe('ok');
    expect(guard.mayWrite()).toBe(true);

    estimate = { quota: 1000 * MiB, usage: 1000 * MiB - CRITICAL_SPACE + 1 };
    expect(await guard.check(true)).toBe('critical');
    expect(seen).toEqual(['ok', 'critical', 'ok', 'critical']);
  });

  it('says unknown when the browser gives no estimate, and lets the app write', async () => {
    const guard = new SpaceGuard(() => Promise.reject(new Error('no storage manager')));
    expect(await guard.check()).toBe('unknown');
    expect(guard.mayWrite()).toBe(true);
  });
});
