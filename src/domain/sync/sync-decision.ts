import type { SyncRecord } from './sync-documents';
import { rewriteRefused } from './sync-documents';

/**
 * What one document needs when this device's record and the replica's winning revision are put
 * side by side, given the content both last agreed on (the base; none when this device has never
 * synced the document):
 *
 * | this device | replica | base | decision |
 * | --- | --- | --- | --- |
 * | same content | same content | any | `same` |
 * | a record | none | any | `push` |
 * | none | a record | any | `pull` |
 * | written-once kind, other content | | | `refuse` (the stored one kept) |
 * | unchanged since base | changed | known | `pull` |
 * | changed | unchanged since base | known | `push` |
 * | both changed (or no base), an answer | | | `conflict`: kept on both sides and shown |
 * | both changed (or no base), other kinds | | | the newer of the two (`push` or `pull`) |
 */
export type SyncDecision =
  | { kind: 'same' }
  | { kind: 'push' }
  | { kind: 'pull' }
  | { kind: 'conflict' }
  | { kind: 'refuse'; reason: string };

/**
 * The content of a record as the base remembers it: a 53-bit hash of its JSON (cyrb53), so the
 * bases of a thousand answers stay small. The assessment's `updatedAt` moves with every answer
 * saved, so it is not part of the assessment's content: only a change of its profile, roster or
 * assignments is one to sync.
 */
export function recordContent(item: SyncRecord): string {
  const text =
    item.kind === 'assessment'
      ? JSON.stringify({ ...item.record, updatedAt: undefined })
      : JSON.stringify(item.record);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

export function decideSync(
  local: SyncRecord | undefined,
  remote: SyncRecord | undefined,
  base: string | undefined,
): SyncDecision {
  if (!remote) return local ? { kind: 'push' } : { kind: 'same' };
  if (!local) return { kind: 'pull' };
  const here = recordContent(local);
  const there = recordContent(remote);
  if (here === there) return { kind: 'same' };
  const refused = rewriteRefused(local, remote);
  if (refused) return { kind: 'refuse', reason: refused };
  if (base === here) return { kind: 'pull' };
  if (base === there) return { kind: 'push' };
  if (local.kind === 'answer') return { kind: 'conflict' };
  const time = (item: SyncRecord) => ('updatedAt' in item.record ? item.record.updatedAt : 0);
  return time(local) >= time(remote) ? { kind: 'push' } : { kind: 'pull' };
}
