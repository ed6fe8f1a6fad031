import type { Questionnaire } from '../domain/questionnaire/schema';

/** SHA-256 of the validated questionnaire, so a file says exactly which content its answers belong to. */
export async function questionnaireHash(questionnaire: Questionnaire): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(questionnaire));
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes);
  return `sha256:${[...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
