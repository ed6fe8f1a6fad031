import { loadAssessmentValue, type AssessmentFile } from '../domain/exchange/assessment-file';
import { BACKUP_FILE_TYPE, loadBackupValue, type BackupFile } from '../domain/exchange/backup-file';
import { LIMITS } from '../domain/limits';
import type { LoadIssue } from '../domain/load-result';
import { parseJson } from '../domain/parse-json';
import { decryptText, isEncryptedFile } from './encrypted-file';
import { MAX_EXCHANGE_FILE_BYTES, tooLarge } from './file-text';

export type ReadResult =
  | { kind: 'assessment'; file: AssessmentFile; encrypted: boolean }
  | { kind: 'backup'; backup: BackupFile; encrypted: boolean }
  /** Encrypted: asks for the passphrase, or again after a wrong one (or a damaged file). */
  | { kind: 'needsPassphrase'; wrong?: boolean }
  | { kind: 'failure'; issues: LoadIssue[] };

const fail = (path: string, message: string): ReadResult => ({
  kind: 'failure',
  issues: [{ severity: 'error', path, message }],
});

const byteLength = (text: string) => new TextEncoder().encode(text).length;

/**
 * Reads an assessment or backup file, encrypted or not. Never throws; never touches stored data; the
 * work it does is bounded by the limits (LIMITS), whatever the file holds.
 */
export async function readExchangeFile(text: string, passphrase?: string): Promise<ReadResult> {
  const size = byteLength(text);
  if (size > MAX_EXCHANGE_FILE_BYTES)
    return { kind: 'failure', issues: [tooLarge(size, MAX_EXCHANGE_FILE_BYTES, 'an encrypted backup')] };
  const json = parseJson(text);
  if (!json.ok) return { kind: 'failure', issues: [json.issue] };
  let value = json.value;
  let plainSize = size;
  let encrypted = false;
  if (isEncryptedFile(value)) {
    if (passphrase === undefined) return { kind: 'needsPassphrase' };
    const decrypted = await decryptText(value, passphrase);
    if (!decrypted.ok)
      return decrypted.problem === 'invalid'
        ? fail('$', `not a valid encrypted file: ${decrypted.detail}`)
        : { kind: 'needsPassphrase', wrong: true };
    const inner = parseJson(decrypted.text);
    if (!inner.ok)
      return fail(
        '$',
        'the passphrase is right, but what it protects is not an assessment or backup file of this app (its content is not JSON)',
      );
    value = inner.value;
    plainSize = byteLength(decrypted.text);
    encrypted = true;
  }
  const type = (value as { type?: unknown } | null)?.type;
  if (type === BACKUP_FILE_TYPE) {
    if (plainSize > LIMITS.fileBytes.backup)
      return { kind: 'failure', issues: [tooLarge(plainSize, LIMITS.fileBytes.backup, 'a backup')] };
    const backup = loadBackupValue(value);
    return backup.status === 'failure'
      ? { kind: 'failure', issues: backup.issues }
      : { kind: 'backup', backup: backup.value, encrypted };
  }
  if (plainSize > LIMITS.fileBytes.assessment)
    return {
      kind: 'failure',
      issues: [tooLarge(plainSize, LIMITS.fileBytes.assessment, 'an assessment file')],
    };
  const file = loadAssessmentValue(value);
  return file.status === 'failure'
    ? { kind: 'failure', issues: file.issues }
    : { kind: 'assessment', file: file.value, encrypted };
}
