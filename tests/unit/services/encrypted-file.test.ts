// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { decryptText, encryptText, PBKDF2_ITERATIONS } from '../../../src/services/encrypted-file';

describe('passphrase encryption (AES-GCM-256, PBKDF2-SHA-256)', () => {
  it('round-trips text, with a fresh salt and IV per file and 600,000 iterations by default', async () => {
    const text = JSON.stringify({ answers: ['Лаборатория BSL-3', 'ünïcode ✓'] });
    const one = JSON.parse(await encryptText(text, 'correct horse battery staple'));
    const two = JSON.parse(await encryptText(text, 'correct horse battery staple'));
    expect(one.kdf).toMatchObject({ name: 'PBKDF2-SHA-256', iterations: PBKDF2_ITERATIONS });
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(one.kdf.salt).not.toBe(two.kdf.salt);
    expect(one.iv).not.toBe(two.iv);
    expect(one.ciphertext).not.toContain('BSL');
    expect(await decryptText(one, 'correct horse battery staple')).toEqual({ ok: true, text });
  });

  it.each([
    ['a wrong passphrase', (f: Record<string, any>) => f, 'wrong passphrase'],
    [
      'a changed byte of the ciphertext',
      (f: Record<string, any>) => ({
        ...f,
        ciphertext: (f.ciphertext[0] === 'A' ? 'B' : 'A') + f.ciphertext.slice(1),
      }),
      'pass',
    ],
    [
      'a changed IV',
      (f: Record<string, any>) => ({ ...f, iv: (f.iv[0] === 'A' ? 'B' : 'A') + f.iv.slice(1) }),
      'pass',
    ],
  ])('refuses %s with a clear message', async (_name, tamper, passphrase) => {
    const file = tamper(JSON.parse(await encryptText('secret', 'pass', 100_000)));
    expect(await decryptText(file, passphrase)).toEqual({
      ok: false,
      problem: 'wrongPassphraseOrTampered',
      detail: 'the passphrase is wrong, or the file was changed after it was encrypted',
    });
  });

  it('refuses an envelope that is not one', async () => {
    const result = await decryptText({ type: 'cbrn-nap-encrypted', formatVersion: 1, cipher: 'ROT13' }, 'x');
    expect(result).toMatchObject({ ok: false, problem: 'invalid' });
  });
});
