/**
 * The sync server an assessment names, checked before the app connects to it: an http(s) address
 * of an origin this installation's security policy lets the app reach (see the build's
 * NAP_SYNC_ORIGINS and docs/deployment.md). Plain http only on this machine (loopback).
 */
export type ServerCheck =
  | { ok: true; server: string; origin: string }
  | { ok: false; reason: 'notUrl' | 'notHttps' | 'hasCredentials' | 'notAllowed'; allowed: string[] };

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Whether an origin matches one of the policy's sources (`https://host[:port]`, or `:*` for any port). */
export function originAllowed(origin: string, allowed: readonly string[]): boolean {
  return allowed.some((source) => {
    if (source.endsWith(':*')) {
      const url = new URL(origin);
      return `${url.protocol}//${url.hostname}` === source.slice(0, -2);
    }
    return source.replace(/\/+$/, '') === origin;
  });
}

export function checkSyncServer(input: string, allowed: readonly string[]): ServerCheck {
  const list = [...allowed];
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return { ok: false, reason: 'notUrl', allowed: list };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, reason: 'notUrl', allowed: list };
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname))
    return { ok: false, reason: 'notHttps', allowed: list };
  if (url.username || url.password) return { ok: false, reason: 'hasCredentials', allowed: list };
  if (!originAllowed(url.origin, allowed)) return { ok: false, reason: 'notAllowed', allowed: list };
  const path = url.pathname.replace(/\/+$/, '');
  return { ok: true, server: `${url.origin}${path}`, origin: url.origin };
}
