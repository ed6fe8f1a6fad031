import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../scripts/security-headers';
import { serveBuild } from './harness';

describe('the served app', () => {
  it('sends every security header, and its page carries the policy as a meta tag', async () => {
    const served = await serveBuild();
    try {
      const response = await fetch(served.url);
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(response.headers.get(name), name).toBe(value);
      const html = await response.text();
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
      expect(meta?.replaceAll('&#39;', "'")).toBe(CONTENT_SECURITY_POLICY);
    } finally {
      await served.close();
    }
  });
});
