import { afterAll, beforeAll } from 'vitest';
import { openBrowser, removeProfile, serveBuild, type Browser, type Served } from './harness';

/** Serves the build and opens a fresh browser for a describe block, and cleans both up after it. */
export function useServedBrowser(): { readonly served: Served; readonly browser: Browser } {
  const env = {} as { served: Served; browser: Browser };
  beforeAll(async () => {
    env.served = await serveBuild();
    env.browser = await openBrowser();
  });
  afterAll(async () => {
    await env.browser?.close();
    // A test may have stopped the server itself, to be offline.
    await env.served?.close().catch(() => undefined);
    if (env.browser) removeProfile(env.browser.profileDir);
  });
  return env;
}
