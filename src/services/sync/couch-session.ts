/**
 * CouchDB's session authentication from the browser: a sign-in sets the server's AuthSession cookie
 * (HttpOnly, sent with each request to that server); the app never keeps the password. Every
 * answer of the server is turned into what the person can act on.
 */
export type SessionProblem =
  | { kind: 'wrongPassword'; reason: string }
  | { kind: 'notMember'; reason: string }
  | { kind: 'noDatabase'; reason: string }
  | { kind: 'signedOut'; reason: string }
  | { kind: 'unreachable'; reason: string }
  | { kind: 'server'; reason: string };

const reasonOf = async (res: Response): Promise<string> => {
  try {
    const body = (await res.json()) as { reason?: string; error?: string };
    return body.reason ?? body.error ?? `HTTP ${res.status}`;
  } catch {
    return `HTTP ${res.status}`;
  }
};

async function request(url: string, init: RequestInit = {}): Promise<Response | SessionProblem> {
  try {
    return await fetch(url, {
      ...init,
      credentials: 'include',
      headers: { accept: 'application/json', 'content-type': 'application/json' },
    });
  } catch (error) {
    return { kind: 'unreachable', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** The name signed in at the server, null when nobody is. */
export async function currentUser(server: string): Promise<string | null | SessionProblem> {
  const res = await request(`${server}/_session`);
  if (!(res instanceof Response)) return res;
  if (!res.ok) return { kind: 'server', reason: await reasonOf(res) };
  const body = (await res.json()) as { userCtx?: { name?: string | null } };
  return body.userCtx?.name ?? null;
}

export async function signIn(server: string, name: string, password: string): Promise<true | SessionProblem> {
  const res = await request(`${server}/_session`, {
    method: 'POST',
    body: JSON.stringify({ name, password }),
  });
  if (!(res instanceof Response)) return res;
  if (res.ok) return true;
  const reason = await reasonOf(res);
  return res.status === 401 ? { kind: 'wrongPassword', reason } : { kind: 'server', reason };
}

export async function signOut(server: string): Promise<void> {
  await request(`${server}/_session`, { method: 'DELETE' });
}

/** Whether the signed-in user may use the assessment's database. */
export async function checkMember(server: string, database: string): Promise<true | SessionProblem> {
  const res = await request(`${server}/${encodeURIComponent(database)}`);
  if (!(res instanceof Response)) return res;
  if (res.ok) return true;
  const reason = await reasonOf(res);
  if (res.status === 401) return { kind: 'signedOut', reason };
  if (res.status === 403) return { kind: 'notMember', reason };
  if (res.status === 404) return { kind: 'noDatabase', reason };
  return { kind: 'server', reason };
}

/** What a replication error from PouchDB means for the person. */
export function replicationProblem(error: unknown): SessionProblem {
  const e = (error ?? {}) as { status?: number; reason?: string; message?: string; name?: string };
  const reason = e.reason ?? e.message ?? e.name ?? String(error);
  if (e.status === 401) return { kind: 'signedOut', reason };
  if (e.status === 403) return { kind: 'notMember', reason };
  if (e.status === 404) return { kind: 'noDatabase', reason };
  if (e.status === undefined || e.status === 0 || e.status >= 500) return { kind: 'unreachable', reason };
  return { kind: 'server', reason };
}
