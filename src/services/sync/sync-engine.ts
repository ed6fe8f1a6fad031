import type { Assessment } from '../../domain/assessment/assessment';
import { gateSyncRecord } from '../../domain/sync/sync-gate';
import { syncDatabaseName } from '../../domain/sync/sync-documents';
import type { Store } from '../../storage/store';
import { findQuestionnaire } from '../questionnaire-registry';
import * as session from './couch-session';
import type { SessionProblem } from './couch-session';
import type * as PouchClient from './pouch-client';
import type { Replication } from './pouch-client';
import type { Replica } from './replica';
import { settleAnswer, syncPass, type RefusedDocument, type SyncConflict } from './sync-bridge';

/**
 * Live sync of the open assessment: the replica is kept in step with the store by bridge passes
 * (after each change here, after each change replicated in, at start), and continuously replicated
 * with the server's database while the person is signed in. Everything typed goes into the store
 * first, so nothing depends on the server being there.
 */
export type SyncPhase = 'starting' | 'signedOut' | 'syncing' | 'synced' | 'offline' | 'error';

export interface SyncStatus {
  phase: SyncPhase;
  server: string;
  database: string;
  user: string | null;
  /** Changes made on this device that the server has not confirmed yet. */
  waiting: number;
  /** Since when the server could not be reached (while offline). */
  offlineSince?: number;
  lastSynced?: number;
  problem?: SessionProblem;
  conflicts: SyncConflict[];
  refused: RefusedDocument[];
}

type Client = typeof PouchClient;

export interface SyncEngine {
  readonly assessmentId: string;
  status: () => SyncStatus;
  subscribe: (listener: () => void) => () => void;
  signIn: (name: string, password: string) => Promise<true | SessionProblem>;
  signOut: () => Promise<void>;
  settle: (conflict: SyncConflict, side: 'local' | 'incoming') => Promise<void>;
  stop: () => Promise<void>;
}

export function startSync(
  store: Store,
  assessment: Assessment,
  server: string,
  options: { now?: () => number; loadClient?: () => Promise<Client> } = {},
): SyncEngine {
  const now = options.now ?? Date.now;
  const loadClient = options.loadClient ?? (() => import('./pouch-client'));
  const database = syncDatabaseName(assessment.id);
  const listeners = new Set<() => void>();
  let state: SyncStatus = {
    phase: 'starting',
    server,
    database,
    user: null,
    waiting: 0,
    conflicts: [],
    refused: [],
  };
  const set = (patch: Partial<SyncStatus>) => {
    state = { ...state, ...patch };
    listeners.forEach((l) => l());
  };
  const waiting = new Set<string>();
  let stopped = false;
  let local: (Replica & { close(): Promise<void> }) | undefined;
  let replication: Replication | undefined;
  let unwatch: (() => void) | undefined;

  // Passes run one at a time; a request during a pass runs one more after it.
  let running: Promise<void> | undefined;
  let again = false;
  const pass = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        if (!local || stopped) return;
        const current = await store.assessments.get(assessment.id);
        const found = current && (await findQuestionnaire(store, current.questionnaire));
        if (!current || !found) return;
        const adopted = (await store.monitoring.list(assessment.id)).adopted;
        const outcome = await syncPass(store, local, {
          assessmentId: assessment.id,
          gate: (item) =>
            gateSyncRecord(item, {
              assessment: current,
              questionnaire: found.questionnaire,
              index: found.index,
              adopted,
            }),
        });
        outcome.pushed.forEach((id) => waiting.add(id));
        set({
          conflicts: outcome.conflicts,
          refused: outcome.refused,
          waiting: waiting.size,
          ...(replication && waiting.size > 0 && state.phase === 'synced' && { phase: 'syncing' }),
        });
      } while (again && !stopped);
    })()
      .catch((error: unknown) => set({ phase: 'error', problem: { kind: 'server', reason: String(error) } }))
      .finally(() => {
        running = undefined;
      });
    return running;
  };

  const stopReplication = () => {
    replication?.cancel();
    replication = undefined;
  };

  const connect = async (client: Client) => {
    stopReplication();
    const user = await session.currentUser(server);
    if (stopped) return;
    if (typeof user === 'object' && user !== null) {
      // Unreachable: replication retries until the server answers; edits keep going to the replica.
      set({ phase: 'offline', offlineSince: state.offlineSince ?? now(), problem: user });
    } else if (user === null) {
      set({ phase: 'signedOut', user: null, problem: undefined });
      return;
    } else {
      const member = await session.checkMember(server, database);
      if (stopped) return;
      if (member !== true && member.kind !== 'unreachable') {
        // CouchDB answers 401 also to a signed-in user who is not a member of the database.
        const problem: SessionProblem =
          member.kind === 'signedOut' ? { ...member, kind: 'notMember' } : member;
        set({ phase: 'error', user, problem });
        return;
      }
      set({ user, phase: 'syncing', problem: undefined });
    }
    // Synced when both directions are caught up; offline from a failed request until one succeeds.
    const idle = { push: false, pull: false };
    replication = client.replicate(local!, `${server}/${database}`, {
      change: (direction, ids) => {
        if (direction === 'push') ids.forEach((id) => waiting.delete(id));
        set({ waiting: waiting.size, phase: 'syncing', offlineSince: undefined, problem: undefined });
        if (direction === 'pull') void pass();
      },
      idle: (direction) => {
        idle[direction] = true;
        // Everything here has gone: the server holds it.
        if (direction === 'push') waiting.clear();
        if (idle.push && idle.pull)
          set({
            phase: 'synced',
            waiting: 0,
            lastSynced: now(),
            offlineSince: undefined,
            problem: undefined,
          });
        else set({ phase: 'syncing', waiting: waiting.size, offlineSince: undefined, problem: undefined });
      },
      failed: (direction, error) => {
        idle[direction] = false;
        const problem = session.replicationProblem(error);
        if (problem.kind === 'unreachable') {
          set({ phase: 'offline', offlineSince: state.offlineSince ?? now(), problem });
          return;
        }
        stopReplication();
        // Refused: the session ended, or the user is no longer a member; connecting again tells which.
        if (problem.kind === 'signedOut' && client) void connect(client);
        else set({ phase: 'error', problem });
      },
      denied: (_direction, error) => set({ problem: session.replicationProblem(error) }),
    });
  };

  let client: Client | undefined;
  const online = () => {
    if (client && state.phase === 'offline') void connect(client);
  };
  const ready = (async () => {
    try {
      client = await loadClient();
      if (stopped) return;
      local = client.openLocalReplica(`nap-sync-${database}`);
      // While someone types, the store is written about once a second; a pass follows the last write.
      let soon: ReturnType<typeof setTimeout> | undefined;
      const repo = await store.sync();
      const stopWatching = repo.watch(
        assessment.id,
        () => {
          clearTimeout(soon);
          soon = setTimeout(() => void pass(), 250);
        },
        (error) => set({ phase: 'error', problem: { kind: 'server', reason: String(error) } }),
      );
      unwatch = () => {
        clearTimeout(soon);
        stopWatching();
      };
      // This device's edits go into the replica before anything comes in from the server.
      await pass();
      if (stopped) return;
      globalThis.addEventListener?.('online', online);
      await connect(client);
    } catch (error) {
      set({ phase: 'error', problem: { kind: 'server', reason: String(error) } });
    }
  })();

  return {
    assessmentId: assessment.id,
    status: () => state,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    signIn: async (name, password) => {
      await ready;
      const result = await session.signIn(server, name, password);
      if (result === true && client) await connect(client);
      return result;
    },
    signOut: async () => {
      await ready;
      stopReplication();
      await session.signOut(server);
      set({ phase: 'signedOut', user: null, problem: undefined });
    },
    settle: async (conflict, side) => {
      await ready;
      if (!local) return;
      await settleAnswer(local, conflict, side);
      await pass();
    },
    stop: async () => {
      stopped = true;
      globalThis.removeEventListener?.('online', online);
      unwatch?.();
      stopReplication();
      await ready;
      await running;
      await local?.close();
    },
  };
}
