/**
 * What the app can do about a full disk, from what Chromium 156 did in our tests
 * (docs/reliability.md):
 * - A database write that met a full disk made Chromium delete the site's IndexedDB database at
 *   once — saved answers and all, whether or not the site's storage was persistent.
 * - Chromium does not tell a page how full the disk is (`navigator.storage.estimate()` reports a
 *   fixed quota), and finding out by writing a scratch file until the disk refuses is worse: every
 *   such test, even in a storage bucket of its own, ended with the database deleted too.
 * So the app does not probe the disk. It reads the estimate where the browser's follows the disk
 * (e.g. Firefox) and warns early ('low'), stops writing when it is nearly gone ('critical'); when a
 * write is refused for lack of space it stops writing too, keeps every answer in the page, offers
 * them as a file, and says not to close the browser; and it asks the browser to keep its storage
 * (persistent storage), which protects it from being cleared to make room for other sites.
 */
export type SpaceState = 'ok' | 'low' | 'critical' | 'unknown';

const MiB = 1024 * 1024;
export const LOW_SPACE = 64 * MiB;
export const CRITICAL_SPACE = 8 * MiB;

/** The state an estimate gives (unknown without one). */
export function stateOfEstimate(estimate: StorageEstimate | undefined): SpaceState {
  if (estimate?.quota === undefined || estimate.usage === undefined) return 'unknown';
  const free = estimate.quota - estimate.usage;
  return free < CRITICAL_SPACE ? 'critical' : free < LOW_SPACE ? 'low' : 'ok';
}

type Listener = () => void;

/** The guard of this page: its last reading, who listens, and whether the app may write. */
export class SpaceGuard {
  private state: SpaceState = 'unknown';
  /** A write was refused for lack of space: only the user, having freed some, lifts this. */
  private refused = false;
  private listeners = new Set<Listener>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private started = false;

  constructor(
    private readonly estimate: () => Promise<StorageEstimate | undefined> = async () =>
      globalThis.navigator?.storage?.estimate(),
  ) {}

  get = () => this.state;
  subscribe = (listener: Listener) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };
  /** False once the disk is (nearly) full: writing on would risk what is already stored. */
  mayWrite = () => this.state !== 'critical';

  private set(state: SpaceState) {
    if (state === this.state) return;
    this.state = state;
    for (const l of this.listeners) l();
  }

  /** A write was refused because the disk is full. */
  diskFull(): void {
    this.refused = true;
    this.set('critical');
  }

  /** Reads the estimate now; `freed`: the user says space was freed, so writing may be tried again. */
  async check(freed = false): Promise<SpaceState> {
    if (freed) this.refused = false;
    const estimated = stateOfEstimate(await this.estimate().catch(() => undefined));
    this.set(this.refused ? 'critical' : estimated);
    return this.state;
  }

  /** Reads at once, whenever the page is shown again, and then every ten minutes (every minute while space is short). */
  start(): void {
    if (this.started || typeof document === 'undefined') return;
    this.started = true;
    const again = () => {
      clearTimeout(this.timer);
      const wait = this.state === 'low' || this.state === 'critical' ? 60_000 : 10 * 60_000;
      this.timer = setTimeout(() => void this.check().finally(again), wait);
    };
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void this.check().finally(again);
    });
    void this.check().finally(again);
  }
}

export const spaceGuard = new SpaceGuard();

/** Asks the browser to keep this app's storage for good, so that it is not cleared to make room. */
export async function askToPersist(): Promise<boolean | undefined> {
  if (typeof navigator === 'undefined' || !navigator.storage?.persist) return undefined;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return undefined;
  }
}
