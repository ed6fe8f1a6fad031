/**
 * The little of a PouchDB database that sync uses, so the bridge can be tested against PouchDB in
 * memory and runs in the browser against pouchdb-browser (loaded only when sync is turned on).
 */
export interface ReplicaDoc {
  _id: string;
  _rev: string;
  _conflicts?: string[];
  [field: string]: unknown;
}

export interface WriteResult {
  ok?: boolean;
  id?: string;
  rev?: string;
  error?: string | boolean;
  reason?: string;
}

export interface Replica {
  allDocs(options: {
    include_docs: true;
    conflicts: true;
  }): Promise<{ rows: { id: string; value: { rev: string }; doc?: ReplicaDoc }[] }>;
  get(id: string, options?: { rev?: string; conflicts?: boolean }): Promise<ReplicaDoc>;
  bulkDocs(docs: object[], options?: { new_edits?: boolean }): Promise<WriteResult[]>;
  put(doc: object): Promise<{ rev: string }>;
}

/** Whether a PouchDB error is "not found" (a document or a local document not yet written). */
export const notFound = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { status?: number }).status === 404;
