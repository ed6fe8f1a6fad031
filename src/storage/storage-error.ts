export type StorageProblem = 'unavailable' | 'quota' | 'failed';

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
 * as an UnknownError "opening backing store" once its storage has been closed by a failed write, or
 * as a bulk write whose records were aborted by one of those.
 */
export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const all = causes(error);
  const message = error instanceof Error ? error.message : String(error);
  const says = (pattern: RegExp) => all.some((e) => pattern.test(`${e.name ?? ''} ${e.message ?? ''}`));
  if (says(/QuotaExceeded|quota|disk|space|backing store/i)) return new StorageError('quota', message);
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
