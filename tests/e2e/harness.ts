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
  // Chromium pre-renders its own address-bar popup (a WebUI page) for every window, headless too: on a
  // two-core machine it competes with the page under test for the CPU.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];

export interface Served {
  url: string;
  close(): Promise<void>;
}

/** Serves dist/ (built by global-setup), or another build, on a free loopback port. */
export async function serveBuild(port = 0, outDir?: string): Promise<Served> {
  const server: PreviewServer = await preview({
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: port !== 0, open: false },
    ...(outDir && { build: { outDir } }),
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
  // A killed Chromium's helpers may still be closing files for a moment; a temporary folder
  // left behind is not a test failure.
  try {
    rmSync(profileDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
  } catch (error) {
    console.warn(`could not remove ${profileDir}: ${String(error)}`);
  }
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

export interface RawChromium {
  context: BrowserContext;
  /** Ends Chromium at once, as a crash or a flat battery would: no clean shutdown. */
  kill(): Promise<void>;
  /** Asks Chromium to quit, as its menu's Exit does: it shuts down cleanly, writing what it holds. */
  quit(): Promise<void>;
}

/** Chromium started as its own process and reached over CDP, so a test can kill it abruptly. */
export async function spawnChromium(profileDir: string): Promise<RawChromium> {
  const { spawn } = await import('node:child_process');
  const { readFile } = await import('node:fs/promises');
  // A killed Chromium leaves its port file behind; the new one writes a fresh one.
  const portFile = join(profileDir, 'DevToolsActivePort');
  rmSync(portFile, { force: true });
  const child = spawn(
    CHROMIUM_PATH,
    [
      ...CHROMIUM_ARGS,
      '--window-size=1280,900',
      `--user-data-dir=${profileDir}`,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    {
      detached: true,
      stdio: 'ignore',
    },
  );
  let browser: Awaited<ReturnType<typeof chromium.connectOverCDP>> | undefined;
  let lastError: unknown;
  for (let i = 0; i < 150 && !browser; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const port = await readFile(portFile, 'utf8').then(
      (t) => t.split('\n')[0],
      () => undefined,
    );
    if (!port) continue;
    browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`).catch((error: unknown) => {
      lastError = error;
      return undefined;
    });
  }
  if (!browser) throw new Error(`Chromium did not accept a debugging connection: ${String(lastError)}`);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    context: browser.contexts()[0]!,
    quit: async () => {
      process.kill(child.pid!, 'SIGTERM');
      await exited;
    },
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(-child.pid!, 'SIGKILL');
      await exited;
      // Helpers outside the process group (crash handler) notice the loss a moment later.
      await new Promise((r) => setTimeout(r, 500));
    },
  };
}

/** Runs axe on the page and returns the serious and critical violations. */
export async function seriousA11yViolations(
  page: Page,
): Promise<{ id: string; impact: string; help: string; nodes: string[] }[]> {
  const { readFile } = await import('node:fs/promises');
  const source = await readFile(join(process.cwd(), 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  // The app's CSP forbids injected scripts; evaluate runs in the page without a script tag.
  await page.evaluate(source);
  const results = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: Document,
            opts: object,
          ) => Promise<{
            violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
}

/** The section of one question on the fill page. */
export function question(page: Page, id: string) {
  return page.locator(`[id="q-${id}"]`);
}
