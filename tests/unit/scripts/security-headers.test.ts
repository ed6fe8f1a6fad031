import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../../scripts/security-headers';

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
});
