import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  contentSecurityPolicy,
  SECURITY_HEADERS,
  syncOriginsOf,
} from '../../../scripts/security-headers';

const deployment = readFileSync('docs/deployment.md', 'utf8');

describe('the headers a deployment must send', () => {
  it.each(Object.entries(SECURITY_HEADERS))(
    'docs/deployment.md gives %s as the app sends it',
    (name, value) => {
      const row = deployment.split('\n').find((line) => line.startsWith(`| \`${name}\``));
      expect(row, `a table row for ${name}`).toBeDefined();
      expect(row).toContain(`\`${value}\``);
      // The nginx example too.
      expect(deployment).toContain(
        `add_header ${name} ${value.includes(' ') ? `"${value}"` : value} always;`,
      );
    },
  );

  it('keeps framing out of the meta-tag policy (a meta tag cannot carry it) and in the header', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(SECURITY_HEADERS['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
  });

  it('lets the app reach a sync server only when the installation names one, and that one only', () => {
    expect(syncOriginsOf(undefined)).toEqual([]);
    expect(syncOriginsOf('')).toEqual([]);
    const origins = syncOriginsOf('https://couch.example.kg  https://couch2.example.kg:6984');
    expect(contentSecurityPolicy(origins)).toContain(
      "connect-src 'self' https://couch.example.kg https://couch2.example.kg:6984;",
    );
    expect(contentSecurityPolicy([]).replace(/connect-src [^;]*/, '')).toBe(
      contentSecurityPolicy(origins).replace(/connect-src [^;]*/, ''),
    );
    expect(syncOriginsOf('http://127.0.0.1:*')).toEqual(['http://127.0.0.1:*']);
  });

  it.each([
    ['http://couch.example.kg', 'unencrypted, not on this machine'],
    ['https://couch.example.kg/path', 'a path is not an origin'],
    ["https://couch.example.kg 'unsafe-inline'", 'a keyword smuggled in'],
    ['*', 'any origin'],
  ])('refuses NAP_SYNC_ORIGINS=%s (%s) with the value named', (value) => {
    expect(() => syncOriginsOf(value)).toThrow(
      /^NAP_SYNC_ORIGINS: ".+" is not an origin the app may sync with/,
    );
  });
});
