import type { AnswerRecord } from '../../domain/assessment/answer';
import type { AnswerConflict } from '../../domain/exchange/merge';
import type { LoadIssue } from '../../domain/load-result';
import { decideSync, recordContent } from '../../domain/sync/sync-decision';
import {
  answerConflictsOf,
  readSyncDocument,
  settleConflict,
  syncDocId,
  type SyncRecord,
} from '../../domain/sync/sync-documents';
import type { Store } from '../../storage/store';
import { notFound, type Replica, type ReplicaDoc } from './replica';

/**
 * The bridge between the app's store (Dexie) and a device's PouchDB replica of one assessment.
 * One pass compares every record here with the replica's winning revision and the content both last
 * agreed on (the base, kept in the replica as a local document, which never replicates):
 * what changed here is written to the replica, what changed there passes the document gate and the
 * record gate and is written here, an answer changed on both sides becomes a conflict CouchDB keeps
 * on every device and the app shows until someone chooses. Passes run after every change on either
 * side; each is safe to repeat and to interrupt (a reload mid-pass loses nothing).
 */
export interface BridgeContext {
  assessmentId: string;
  /** The record gate (see gateSyncRecord), given what is stored here. */
  gate(item: SyncRecord, local: readonly SyncRecord[]): LoadIssue[];
}

/** An answer with conflicting revisions on the replica, and what settling it needs. */
export interface SyncConflict {
  id: string;
  winnerRev: string;
  otherRevs: string[];
  conflict: AnswerConflict;
}

/** A document the gates refused: never written here; named by id and revision, with the reasons. */
export interface RefusedDocument {
  id: string;
  rev: string;
  issues: LoadIssue[];
}

export interface PassOutcome {
  /** Ids written to the replica (to reach the server). */
  pushed: string[];
  /** Ids written to the store from the replica. */
  pulled: string[];
  conflicts: SyncConflict[];
  refused: RefusedDocument[];
}

const BASES = '_local/nap-sync-bases';

interface Bases {
  _rev?: string;
  bases: Record<string, string>;
}

async function readBases(replica: Replica): Promise<Bases> {
  try {
    const doc = await replica.get(BASES);
    return { _rev: doc._rev, bases: (doc.bases as Record<string, string>) ?? {} };
  } catch (error) {
    if (notFound(error)) return { bases: {} };
    throw error;
  }
}

const randomRevHash = () => globalThis.crypto.randomUUID().replace(/-/g, '');
const timeOf = (item: SyncRecord) => ('updatedAt' in item.record ? item.record.updatedAt : 0);

export async function syncPass(store: Store, replica: Replica, context: BridgeContext): Promise<PassOutcome> {
  const { assessmentId } = context;
  const outcome: PassOutcome = { pushed: [], pulled: [], conflicts: [], refused: [] };
  const repo = await store.sync();
  const locals = await repo.records(assessmentId);
  const local = new Map(locals.map((item) => [syncDocId(item), item]));
  const { rows } = await replica.allDocs({ include_docs: true, conflicts: true });
  const stored = await readBases(replica);
  const bases = { ...stored.bases };

  const read = (doc: ReplicaDoc): SyncRecord | undefined => {
    const checked = readSyncDocument(doc, assessmentId);
    const issues = checked.ok ? context.gate(checked.item, locals) : checked.issues;
    if (issues.length === 0 && checked.ok) return checked.item;
    outcome.refused.push({ id: doc._id, rev: doc._rev, issues });
    return undefined;
  };

  const remote = new Map<string, { item: SyncRecord; rev: string }>();
  const held = new Set<string>();
  const settling: object[] = [];
  for (const { doc } of rows) {
    if (!doc || doc._id.startsWith('_design/')) continue;
    const item = read(doc);
    if (!item) {
      held.add(doc._id);
      continue;
    }
    const conflicts = doc._conflicts ?? [];
    if (conflicts.length > 0) {
      held.add(doc._id);
      const others = (
        await Promise.all(conflicts.map((rev) => replica.get(doc._id, { rev }).then(read)))
      ).filter((o): o is SyncRecord => o !== undefined);
      if (item.kind === 'answer')
        outcome.conflicts.push(
          ...answerConflictsOf(
            item.record,
            others.map((o) => o.record as AnswerRecord),
          ).map((conflict) => ({ id: doc._id, winnerRev: doc._rev, otherRevs: conflicts, conflict })),
        );
      else {
        // Only answers are shown to choose: a profile or plan edited on two devices keeps the newer.
        const newest = [item, ...others].reduce((a, b) => (timeOf(b) > timeOf(a) ? b : a));
        settling.push(...settleConflict(doc._id, doc._rev, conflicts, newest));
      }
      continue;
    }
    remote.set(doc._id, { item, rev: doc._rev });
  }

  const pushes: object[] = [];
  const branches: object[] = [];
  const pulls: { item: SyncRecord; seen: string | undefined }[] = [];
  for (const id of new Set([...local.keys(), ...remote.keys()])) {
    if (held.has(id)) continue;
    const here = local.get(id);
    const there = remote.get(id);
    const decision = decideSync(here, there?.item, bases[id]);
    switch (decision.kind) {
      case 'same':
        if (here) bases[id] = recordContent(here);
        break;
      case 'push':
        pushes.push({ _id: id, ...(there && { _rev: there.rev }), ...here });
        break;
      case 'pull':
        pulls.push({ item: there!.item, seen: here && recordContent(here) });
        break;
      case 'conflict': {
        // Written beside the replica's revision, not over it: CouchDB keeps both on every device.
        const hash = randomRevHash();
        branches.push({ _id: id, _rev: `1-${hash}`, _revisions: { start: 1, ids: [hash] }, ...here });
        break;
      }
      case 'refuse':
        outcome.refused.push({
          id,
          rev: there!.rev,
          issues: [{ severity: 'error', path: '$.record', message: decision.reason }],
        });
        break;
    }
  }

  const written = async (docs: object[], options?: { new_edits: false }) => {
    if (docs.length === 0) return [];
    const results = await replica.bulkDocs(docs, options);
    // With new_edits false PouchDB answers only errors; a conflict means the replica moved meanwhile.
    const failed = new Set(results.filter((r) => r.error).map((r) => r.id));
    return docs.map((d) => (d as { _id: string })._id).filter((id) => !failed.has(id));
  };
  if (settling.length > 0) await replica.bulkDocs(settling);
  for (const id of [...(await written(pushes)), ...(await written(branches, { new_edits: false }))]) {
    bases[id] = recordContent(local.get(id)!);
    outcome.pushed.push(id);
  }
  if (pulls.length > 0) {
    const { skipped } = await repo.apply(assessmentId, pulls);
    const left = new Set(skipped);
    for (const pull of pulls) {
      const id = syncDocId(pull.item);
      if (left.has(id)) continue;
      bases[id] = recordContent(pull.item);
      outcome.pulled.push(id);
    }
  }
  if (JSON.stringify(bases) !== JSON.stringify(stored.bases))
    await replica.put({ _id: BASES, ...(stored._rev && { _rev: stored._rev }), bases });
  return outcome;
}

/** Settles one conflicted answer with the chosen side: on this replica now, on every device as it syncs. */
export async function settleAnswer(
  replica: Replica,
  conflict: SyncConflict,
  side: 'local' | 'incoming',
): Promise<void> {
  const record = side === 'local' ? conflict.conflict.local : conflict.conflict.incoming;
  const results = await replica.bulkDocs(
    settleConflict(conflict.id, conflict.winnerRev, conflict.otherRevs, { kind: 'answer', record }),
  );
  const failed = results.find((r) => r.error);
  if (failed) throw new Error(`could not settle ${conflict.id}: ${failed.reason ?? String(failed.error)}`);
}
