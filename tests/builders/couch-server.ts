import { createRequire } from 'node:module';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AnswerRecord } from '../../src/domain/assessment/answer';
import { toSyncDocuments } from '../../src/domain/sync/sync-documents';
import { makeAssessment } from './assessment';

// PouchDB Server's CouchDB protocol (express-pouchdb, in memory): the tests' stand-in for the
// CouchDB 3.x server a country runs. It has no types of its own, so this file gives the little
// the tests use.
const require = createRequire(import.meta.url);

export interface Replica {
  put(doc: object): Promise<{ rev: string }>;
  get(
    id: string,
    options?: { conflicts?: boolean; rev?: string },
  ): Promise<Record<string, unknown> & { _rev: string; _conflicts?: string[] }>;
  bulkDocs(docs: object[]): Promise<unknown[]>;
  replicate: { to(target: Replica): Promise<unknown>; from(source: Replica): Promise<unknown> };
  allDocs(options: { include_docs: true }): Promise<{ rows: { doc: Record<string, unknown> }[] }>;
}
type ReplicaConstructor = new (name: string, options?: object) => Replica;

const PouchDB = require('pouchdb-core')
  .plugin(require('pouchdb-adapter-memory'))
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-replication')) as ReplicaConstructor & { defaults(o: object): ReplicaConstructor };

let replicas = 0;
/** A device's replica, in memory. */
export const localReplica = (): Replica => new PouchDB(`device-${++replicas}`, { adapter: 'memory' });
/** The server's database, through HTTP (with a session cookie when given). */
export const remoteReplica = (url: string, cookie?: string): Replica =>
  new PouchDB(
    url,
    cookie
      ? {
          fetch: (u: string, o: RequestInit) =>
            fetch(u, { ...o, headers: { ...Object.fromEntries(new Headers(o.headers)), cookie } }),
        }
      : {},
  );

export interface CouchServer {
  url: string;
  /** A request as admin (basic auth). */
  admin(method: string, path: string, body?: unknown): Promise<Response>;
  stop(): Promise<void>;
}

/** PouchDB Server in memory on 127.0.0.1 with an ephemeral port, an admin and valid users required. */
export async function startCouchServer(): Promise<CouchServer> {
  const express = require('express') as () => {
    use(h: unknown): void;
    listen(port: number, host: string, cb: () => void): Server;
  };
  const app = express();
  app.use(
    require('express-pouchdb')(PouchDB.defaults({ adapter: 'memory' }), {
      mode: 'fullCouchDB',
      inMemoryConfig: true,
      logPath: `${require('node:os').tmpdir()}/pouchdb-server-${process.pid}.log`,
    }),
  );
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const basic = `Basic ${Buffer.from('admin:admin-secret').toString('base64')}`;
  const admin = (method: string, path: string, body?: unknown) =>
    fetch(url + path, {
      method,
      headers: { 'content-type': 'application/json', authorization: basic },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  await fetch(`${url}/_config/admins/admin`, { method: 'PUT', body: JSON.stringify('admin-secret') });
  await admin('PUT', '/_config/couch_httpd_auth/require_valid_user', 'true');
  return { url, admin, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** CouchDB's session sign-in: the AuthSession cookie, or the server's refusal. */
export async function signIn(
  url: string,
  name: string,
  password: string,
): Promise<{ cookie?: string; status: number; reason?: string }> {
  const res = await fetch(`${url}/_session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password }),
  });
  const body = (await res.json()) as { reason?: string };
  return { status: res.status, reason: body.reason, cookie: res.headers.get('set-cookie')?.split(';')[0] };
}

/** An assessment database on the server with its members (names or roles), as a coordinator makes it. */
export async function createAssessmentDatabase(
  server: CouchServer,
  db: string,
  members: { names?: string[]; roles?: string[] },
): Promise<number> {
  const created = (await server.admin('PUT', `/${db}`)).status;
  await server.admin('PUT', `/${db}/_security`, {
    admins: { names: [], roles: [] },
    members: { names: members.names ?? [], roles: members.roles ?? [] },
  });
  return created;
}

/** The documents of the test assessment holding only these answers. */
export const answerDocuments = (answers: AnswerRecord[]) =>
  toSyncDocuments({
    assessment: makeAssessment(),
    answers,
    plan: null,
    reviewLog: [],
    updates: [],
    adopted: [],
  });
