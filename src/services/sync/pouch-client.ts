import PouchDB from 'pouchdb-browser';
import type { Replica } from './replica';

/**
 * PouchDB in the browser: this module is loaded only when an assessment syncs, so the app without a
 * server never downloads it. The device's replica lives in IndexedDB beside the app's store.
 */
export interface Replication {
  cancel(): void;
}

export type Direction = 'push' | 'pull';

export interface ReplicationEvents {
  /** Documents written to the other side. */
  change(direction: Direction, ids: string[]): void;
  /** Caught up and waiting for more (no error). */
  idle(direction: Direction): void;
  /** A request failed (server unreachable, session refused); replication retries. */
  failed(direction: Direction, error: unknown): void;
  denied(direction: Direction, error: unknown): void;
}

export function openLocalReplica(name: string): Replica & { close(): Promise<void> } {
  return new PouchDB(name, { auto_compaction: true }) as unknown as Replica & { close(): Promise<void> };
}

/**
 * Continuous replication both ways with the server's database, signed in by the session cookie
 * (sent with every request; no password is kept), retrying with a back-off of 1 s up to 10 s. Two
 * one-way replications rather than PouchDB's sync, whose events do not carry the errors.
 */
export function replicate(local: Replica, remoteUrl: string, events: ReplicationEvents): Replication {
  const remote = new PouchDB(remoteUrl, { skip_setup: true });
  const options = {
    live: true,
    retry: true,
    back_off_function: (delay: number) => (delay === 0 ? 1000 : Math.min(delay * 2, 10_000)),
  };
  const source = local as unknown as PouchDB;
  const both = (['push', 'pull'] as const).map((direction) => {
    const replication =
      direction === 'push'
        ? PouchDB.replicate(source, remote, options)
        : PouchDB.replicate(remote, source, options);
    return replication
      .on('change', (info) =>
        events.change(
          direction,
          (info.docs ?? []).map((d) => d._id),
        ),
      )
      .on('paused', (error) => (error ? events.failed(direction, error) : events.idle(direction)))
      .on('requestError', (error) => events.failed(direction, error))
      .on('denied', (error) => events.denied(direction, error))
      .on('error', (error) => events.failed(direction, error ?? new Error('replication stopped')));
  });
  return {
    cancel: () => {
      both.forEach((r) => r.cancel());
      void remote.close();
    },
  };
}
