import type { AnswerRecord } from '../domain/assessment/answer';
import { restoreAnswer } from './restore';

/** The part of the Web Storage API the journal uses (localStorage in the browser, a fake in tests). */
export interface KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const PREFIX = 'cbrn-nap.unwritten-answers.';

/**
 * A synchronous copy of the edits a tab has not yet written to IndexedDB. An IndexedDB write is
 * asynchronous: one started as the tab reloads or closes may never commit. localStorage is written
 * before the call returns, so every keystroke is on the device at once; the next start of the app
 * writes whatever a closed or reloaded tab left here into IndexedDB (an older copy never replaces a
 * newer stored answer) and then forgets it.
 */
export class AnswerJournal {
  private readonly key: string;

  constructor(
    private readonly storage: KeyValueStorage | undefined,
    tabId: string,
  ) {
    this.key = PREFIX + tabId;
  }

  /** Keeps all of this tab's unwritten edits (none: forgets them); false when the browser refuses. */
  keep(records: readonly AnswerRecord[]): boolean {
    if (!this.storage) return false;
    try {
      if (records.length === 0) this.storage.removeItem(this.key);
      else this.storage.setItem(this.key, JSON.stringify(records));
      return true;
    } catch {
      return false;
    }
  }

  /** What every tab has kept, each entry with the text it was read from (see `forget`). */
  entries(): { key: string; text: string; records: AnswerRecord[] }[] {
    const storage = this.storage;
    if (!storage) return [];
    const keys: string[] = [];
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(PREFIX)) keys.push(key);
    }
    return keys.flatMap((key) => {
      const text = storage.getItem(key);
      if (text === null) return [];
      return [{ key, text, records: parseRecords(text) }];
    });
  }

  /** Forgets an entry once its records are written, unless its tab has kept newer ones meanwhile. */
  forget(entry: { key: string; text: string }): void {
    try {
      if (this.storage?.getItem(entry.key) === entry.text) this.storage.removeItem(entry.key);
    } catch {
      // Left for the next start: writing it again changes nothing.
    }
  }
}

/** Kept records that still pass the restore step; anything else in the entry is dropped. */
function parseRecords(text: string): AnswerRecord[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.flatMap((row) => {
    const restored = restoreAnswer(row);
    return restored.ok ? [restored.value] : [];
  });
}

/** The journal of this page: localStorage when the browser offers it, under a fresh id per page load. */
export function browserJournal(): AnswerJournal {
  let storage: KeyValueStorage | undefined;
  try {
    storage = globalThis.localStorage;
  } catch {
    // Some private windows throw on access: the journal is then off, and the app says edits are unsaved.
  }
  return new AnswerJournal(storage, globalThis.crypto.randomUUID());
}
