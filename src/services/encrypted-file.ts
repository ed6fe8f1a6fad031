import { z } from 'zod';

/**
 * A file encrypted with a passphrase: AES-GCM-256 with a key derived by PBKDF2-SHA-256 (600,000
 * iterations), a random 16-byte salt and 12-byte IV per file. The JSON envelope says how, so any
 * tool with those primitives can open it; the GCM tag makes a wrong passphrase or a changed byte fail.
 */
export const ENCRYPTED_FILE_TYPE = 'cbrn-nap-encrypted';
export const PBKDF2_ITERATIONS = 600_000;

export const encryptedFileSchema = z.strictObject({
  type: z.literal(ENCRYPTED_FILE_TYPE),
  formatVersion: z.literal(1),
  cipher: z.literal('AES-GCM-256'),
  kdf: z.strictObject({
    name: z.literal('PBKDF2-SHA-256'),
    iterations: z.number().int().min(100_000).max(10_000_000),
    salt: z.base64(),
  }),
  iv: z.base64(),
  ciphertext: z.base64(),
});
export type EncryptedFile = z.infer<typeof encryptedFileSchema>;

function toBase64(bytes: Uint8Array): string {
  let out = '';
  // In chunks: spreading a large array into one call would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(out);
}
function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

async function deriveKey(
  passphrase: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  const subtle = globalThis.crypto.subtle;
  const material = await subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, [
    'deriveKey',
  ]);
  return subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export async function encryptText(
  text: string,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<string> {
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const key = await deriveKey(passphrase, salt, iterations);
  const ciphertext = new Uint8Array(
    await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(text)),
  );
  const file: EncryptedFile = {
    type: ENCRYPTED_FILE_TYPE,
    formatVersion: 1,
    cipher: 'AES-GCM-256',
    kdf: { name: 'PBKDF2-SHA-256', iterations, salt: toBase64(salt) },
    iv: toBase64(iv),
    ciphertext: toBase64(ciphertext),
  };
  return JSON.stringify(file);
}

export type DecryptResult =
  | { ok: true; text: string }
  | { ok: false; problem: 'wrongPassphraseOrTampered' | 'invalid'; detail: string };

/** Decrypts; a wrong passphrase and a tampered file both fail the GCM check, and say so. */
export async function decryptText(file: unknown, passphrase: string): Promise<DecryptResult> {
  const parsed = encryptedFileSchema.safeParse(file);
  if (!parsed.success)
    return {
      ok: false,
      problem: 'invalid',
      detail: parsed.error.issues.map((i) => `$.${i.path.join('.')}: ${i.message}`).join('; '),
    };
  const f = parsed.data;
  try {
    const key = await deriveKey(passphrase, fromBase64(f.kdf.salt), f.kdf.iterations);
    const plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(f.iv) },
      key,
      fromBase64(f.ciphertext),
    );
    return { ok: true, text: new TextDecoder().decode(plain) };
  } catch {
    return {
      ok: false,
      problem: 'wrongPassphraseOrTampered',
      detail: 'the passphrase is wrong, or the file was changed after it was encrypted',
    };
  }
}

export function isEncryptedFile(value: unknown): boolean {
  return (
    typeof value === 'object' && value !== null && (value as { type?: unknown }).type === ENCRYPTED_FILE_TYPE
  );
}
