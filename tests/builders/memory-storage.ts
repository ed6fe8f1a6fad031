import type { KeyValueStorage } from '../../src/storage/answer-journal';

/** A Web Storage stand-in that lives as long as the test, like localStorage across a reload. */
export function memoryStorage(): KeyValueStorage & { entries: Map<string, string>; full: boolean } {
  const entries = new Map<string, string>();
  return {
    entries,
    full: false,
    get length() {
      return entries.size;
    },
    key: (i) => [...entries.keys()][i] ?? null,
    getItem: (k) => entries.get(k) ?? null,
    setItem(k, v) {
      if (this.full) throw new DOMException('full', 'QuotaExceededError');
      entries.set(k, v);
    },
    removeItem: (k) => void entries.delete(k),
  };
}
