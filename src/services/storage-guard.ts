/**
 * Watches the room left on the disk. A browser restarted on a full disk may discard all of a site's
 * storage (Chromium 156 did so in our tests: IndexedDB and the origin-private file system alike), so
 * the app warns early, and stops writing before its own writes fill the disk.
 *
 * Chromium's `navigator.storage.estimate()` reports a fixed per-site quota that does not follow the
 * disk, so the guard also writes a scratch file of up to LOW bytes, in 1 MiB steps, to the
 * origin-private file system and sees how far it gets (then deletes it).
 */
export type SpaceState = 'ok' | 'low' | 'critical' | 'unknown';

const MiB = 1024 * 1024;
export const LOW_SPACE = 16 * MiB;
export const CRITICAL_SPACE = 4 * MiB;
const PROBE_FILE = 'cbrn-nap-space-probe';

const stateOf = (free: number): SpaceState =>
  free < CRITICAL_SPACE ? 'critical' : free < LOW_SPACE ? 'low' : 'ok';

/** Bytes the scratch file took before the disk refused (LOW_SPACE: all of it), or undefined without OPFS. */
async function scratchRoom(): Promise<number | undefined> {
  let root: FileSystemDirectoryHandle;
  try {
    root = await navigator.storage.getDirectory();
  } catch {
    return undefined;
  }
  let written = 0;
  let writable: FileSystemWritableFileStream | undefined;
  try {
    const handle = await root.getFileHandle(PROBE_FILE, { create: true });
    writable = await handle.createWritable();
    const chunk = new Uint8Array(MiB);
    while (written < LOW_SPACE) {
      await writable.write(chunk);
      written += MiB;
    }
    await writable.close();
    writable = undefined;
  } catch {
    await writable?.abort().catch(() => undefined);
  } finally {
    await root.removeEntry(PROBE_FILE).catch(() => undefined);
  }
  return written;
}

export async function probeSpace(): Promise<SpaceState> {
  let state: SpaceState = 'unknown';
  try {
    const { quota, usage } = await navigator.storage.estimate();
    if (quota !== undefined && usage !== undefined) state = stateOf(quota - usage);
  } catch {
    // No estimate: the scratch file says.
  }
  if (state === 'low' || state === 'critical') return state;
  const room = await scratchRoom();
  return room === undefined ? state : stateOf(room);
}

type Listener = () => void;

/** The guard of this page: its last reading, who listens, and whether the app may write. */
class SpaceGuard {
  private state: SpaceState = 'unknown';
  private listeners = new Set<Listener>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private probing: Promise<SpaceState> | undefined;

  get = () => this.state;
  subscribe = (listener: Listener) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  /** False once the disk is nearly full: writing on would risk what is already stored. */
  mayWrite = () => this.state !== 'critical';

  /** Reads the room now (one probe at a time). */
  check(): Promise<SpaceState> {
    this.probing ??= probeSpace()
      .then((state) => {
        if (state !== this.state) {
          this.state = state;
          for (const l of this.listeners) l();
        }
        return state;
      })
      .finally(() => (this.probing = undefined));
    return this.probing;
  }

  /** Checks at once, then every ten minutes while the page is shown. */
  start(): void {
    if (this.timer !== undefined || typeof navigator === 'undefined' || !navigator.storage) return;
    void this.check();
    this.timer = setInterval(() => {
      if (document.visibilityState === 'visible') void this.check();
    }, 10 * 60_000);
  }
}

export const spaceGuard = new SpaceGuard();
