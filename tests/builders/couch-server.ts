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
  /** A user of the server (CouchDB's _users database). */
  addUser(name: string, password: string): Promise<void>;
  /** Stops answering (every open connection dropped), keeping what it holds, as a server that goes away. */
  pause(): Promise<void>;
  /** Answers again on the same address, with what it held. */
  resume(): Promise<void>;
  stop(): Promise<void>;
}

type Listening = Server & { closeAllConnections(): void };

/**
 * PouchDB Server in memory on 127.0.0.1 with an ephemeral port, an admin and valid users required.
 * With `corsOrigins`, it answers browsers of those origins with credentials, as the CouchDB of
 * docs/sync-server.md does (PouchDB Server's middleware alone answers no preflight).
 */
export async function startCouchServer(options: { corsOrigins?: string[] } = {}): Promise<CouchServer> {
  const express = require('express') as () => {
    use(h: unknown): void;
    listen(port: number, host: string, cb: () => void): Listening;
  };
  const app = express();
  const cors = new Set(options.corsOrigins ?? []);
  app.use(
    (
      req: { headers: Record<string, string | undefined>; method: string },
      res: { setHeader(n: string, v: string): void; statusCode: number; end(): void },
      next: () => void,
    ) => {
      const origin = req.headers.origin;
      if (origin && cors.has(origin)) {
        res.setHeader('Access-Control-Allow-Origin', origin);
        res.setHeader('Access-Control-Allow-Credentials', 'true');
        res.setHeader('Access-Control-Allow-Methods', 'GET, PUT, POST, HEAD, DELETE');
        res.setHeader('Access-Control-Allow-Headers', 'accept, authorization, content-type, origin, referer');
        res.setHeader('Access-Control-Expose-Headers', 'content-type, cache-control, etag');
        if (req.method === 'OPTIONS') {
          res.statusCode = 204;
          res.end();
          return;
        }
      }
      next();
    },
  );
  app.use(
    require('express-pouchdb')(PouchDB.defaults({ adapter: 'memory' }), {
      mode: 'fullCouchDB',
      inMemoryConfig: true,
      logPath: `${require('node:os').tmpdir()}/pouchdb-server-${process.pid}.log`,
    }),
  );
  const listen = (port: number) =>
    new Promise<Listening>((resolve) => {
      const s = app.listen(port, '127.0.0.1', () => resolve(s));
    });
  let server: Listening | undefined = await listen(0);
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  const basic = `Basic ${Buffer.from('admin:admin-secret').toString('base64')}`;
  const admin = (method: string, path: string, body?: unknown) =>
    fetch(url + path, {
      method,
      headers: { 'content-type': 'application/json', authorization: basic },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  await fetch(`${url}/_config/admins/admin`, { method: 'PUT', body: JSON.stringify('admin-secret') });
  await admin('PUT', '/_config/couch_httpd_auth/require_valid_user', 'true');
  const close = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      const closing = server;
      server = undefined;
      closing.close(() => resolve());
      closing.closeAllConnections();
    });
  return {
    url,
    admin,
    addUser: async (name, password) => {
      await admin('PUT', `/_users/org.couchdb.user:${name}`, { name, password, roles: [], type: 'user' });
    },
    pause: close,
    resume: async () => {
      server ??= await listen(port);
    },
    stop: close,
  };
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
