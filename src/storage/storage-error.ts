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

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = (error as { name?: string; inner?: { name?: string } })?.name ?? '';
  const inner = (error as { inner?: { name?: string } })?.inner?.name ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError')
    return new StorageError('quota', message);
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
