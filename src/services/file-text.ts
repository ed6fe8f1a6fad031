import { encryptedBytes, LIMITS, megabytes } from '../domain/limits';
import type { LoadIssue } from '../domain/load-result';

/** The largest file the exchange picker reads at all: an encrypted backup at the backup limit. */
export const MAX_EXCHANGE_FILE_BYTES = encryptedBytes(LIMITS.fileBytes.backup);

export const tooLarge = (bytes: number, limit: number, what: string): LoadIssue => ({
  severity: 'error',
  path: '$',
  message: `the file is too large (${megabytes(bytes)}; the limit for ${what} is ${megabytes(limit)})`,
});

/**
 * A file's bytes as text: UTF-8, with or without a byte-order mark, or UTF-16 (which Windows tools
 * write) when its byte-order mark says so.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** A chosen file's text, or why it is not read: a file over the limit is refused before reading. */
export async function readChosenFile(
  file: Blob,
  limit: number,
  what: string,
): Promise<{ ok: true; text: string } | { ok: false; issue: LoadIssue }> {
  if (file.size > limit) return { ok: false, issue: tooLarge(file.size, limit, what) };
  return { ok: true, text: decodeText(new Uint8Array(await file.arrayBuffer())) };
}
