import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Serves dist/ (built by global-setup) on a free loopback port. */
export async function serveBuild(port = 0): Promise<Served> {
  const server: PreviewServer = await preview({
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: port !== 0, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('preview server did not report its address');
  return { url, close: () => server.close() };
}

export interface Browser {
  context: BrowserContext;
  profileDir: string;
  page(): Promise<Page>;
  close(): Promise<void>;
}

/** A fresh Chromium profile (or the given one, to test what survives a restart). */
export async function openBrowser(
  profileDir = mkdtempSync(join(tmpdir(), 'cbrn-profile-')),
): Promise<Browser> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    locale: 'en-GB',
  });
  return {
    context,
    profileDir,
    page: async () => context.pages()[0] ?? (await context.newPage()),
    close: async () => {
      await context.close();
    },
  };
}

export function removeProfile(profileDir: string): void {
  rmSync(profileDir, { recursive: true, force: true });
}

/** Collects page errors and console errors so a test can assert there were none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}
