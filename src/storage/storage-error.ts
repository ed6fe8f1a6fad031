/**
 * unavailable: the browser keeps no data here; quota: the disk is full; closed: the browser shut its
 * database after a write met a full disk and opens it again only once restarted; failed: anything else.
 */
export type StorageProblem = 'unavailable' | 'quota' | 'closed' | 'failed';

/** A write or open that did not happen; the UI must say so instead of pretending to save. */
export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    readonly detail: string,
  ) {
    super(`${problem}: ${detail}`);
    this.name = 'StorageError';
  }
}

interface ErrorLike {
  name?: string;
  message?: string;
  inner?: ErrorLike;
  failures?: ErrorLike[];
}

/** Every error name and message inside a Dexie error (a bulk write carries one per failed record). */
function causes(error: unknown): ErrorLike[] {
  const out: ErrorLike[] = [];
  const visit = (e: unknown, depth: number) => {
    if (!e || typeof e !== 'object' || depth > 4) return;
    const like = e as ErrorLike;
    out.push(like);
    visit(like.inner, depth + 1);
    for (const f of like.failures ?? []) visit(f, depth + 1);
  };
  visit(error, 0);
  return out;
}

/**
 * What kind of storage failure an error is. A full disk shows in Chromium as QuotaExceededError, or
 * as a bulk write whose records were aborted by one. Once a write has met a full disk, Chromium 156
 * shuts the site's database: every later open fails ("Internal error opening backing store") until
 * the browser restarts, even after space is freed (docs/reliability.md).
 */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const all = causes(error);
  const message = error instanceof Error ? error.message : String(error);
  const says = (pattern: RegExp) => all.some((e) => pattern.test(`${e.name ?? ''} ${e.message ?? ''}`));
  if (says(/backing store/i)) return new StorageError('closed', message);
  if (says(/QuotaExceeded|quota|disk|space/i)) return new StorageError('quota', message);
  const name = (error as ErrorLike | null)?.name ?? '';
  if (
    [
      'MissingAPIError',
      'OpenFailedError',
      'InvalidStateError',
      'SecurityError',
      'DatabaseClosedError',
    ].includes(name)
  )
    return new StorageError('unavailable', message);
  return new StorageError('failed', message);
}

/** Runs a storage operation; whatever it throws becomes a StorageError the UI can explain. */
export async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw toStorageError(error);
  }
}
