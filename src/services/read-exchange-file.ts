import { loadAssessmentFile, type AssessmentFile } from '../domain/exchange/assessment-file';
import { BACKUP_FILE_TYPE, loadBackupFile, type BackupFile } from '../domain/exchange/backup-file';
import { parseJson, type LoadIssue } from '../domain/load-result';
import { decryptText, isEncryptedFile } from './encrypted-file';

/** Files larger than this are refused before reading: no real assessment or backup comes near it. */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

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

/** Reads an assessment or backup file, encrypted or not. Never throws; never touches stored data. */
export async function readExchangeFile(text: string, passphrase?: string): Promise<ReadResult> {
  const size = new TextEncoder().encode(text).length;
  if (size > MAX_FILE_BYTES)
    return fail(
      '$',
      `the file is too large (${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_FILE_BYTES / 1024 / 1024} MB)`,
    );
  const json = parseJson(text);
  if (!json.ok) return { kind: 'failure', issues: [json.issue] };
  let plain = text;
  let encrypted = false;
  if (isEncryptedFile(json.value)) {
    if (passphrase === undefined) return { kind: 'needsPassphrase' };
    const decrypted = await decryptText(json.value, passphrase);
    if (!decrypted.ok)
      return decrypted.problem === 'invalid'
        ? fail('$', `not a valid encrypted file: ${decrypted.detail}`)
        : { kind: 'needsPassphrase', wrong: true };
    plain = decrypted.text;
    encrypted = true;
  }
  const type = (JSON.parse(plain) as { type?: unknown } | null)?.type;
  if (type === BACKUP_FILE_TYPE) {
    const backup = loadBackupFile(plain);
    return backup.status === 'failure'
      ? { kind: 'failure', issues: backup.issues }
      : { kind: 'backup', backup: backup.value, encrypted };
  }
  const file = loadAssessmentFile(plain);
  return file.status === 'failure'
    ? { kind: 'failure', issues: file.issues }
    : { kind: 'assessment', file: file.value, encrypted };
}
