// The part of pouchdb-browser (9.x) the sync client uses; the package ships no types of its own.
declare module 'pouchdb-browser' {
  interface Replication {
    on(event: 'change', handler: (info: { docs?: { _id: string }[] }) => void): Replication;
    on(event: 'paused' | 'denied' | 'error' | 'requestError', handler: (error: unknown) => void): Replication;
    on(event: 'active', handler: () => void): Replication;
    cancel(): void;
  }
  class PouchDB {
    constructor(name: string, options?: { auto_compaction?: boolean; skip_setup?: boolean });
    close(): Promise<void>;
    static replicate(
      source: PouchDB,
      target: PouchDB,
      options: { live: boolean; retry: boolean; back_off_function?: (delay: number) => number },
    ): Replication;
  }
  export default PouchDB;
}
