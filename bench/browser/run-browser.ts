// Browser benchmarks: the app, the static floor and SurveyJS on the same generated 1,000-question questionnaire.
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { build, preview } from 'vite';
import { openBrowser, removeProfile, serveBuild } from '../../tests/e2e/harness';
import { BENCH_DIR, generateInputs } from './generate-inputs';
import { MARKS } from '../../src/features/fill/performance-marks';
import {
  heapAfterGc,
  INIT_SCRIPT,
  latency,
  loadPhases,
  readyAt,
  switchTime,
  takeEvents,
  throttle,
  type Latency,
} from './measure-page';
import { scaleBenchmarks, type ScaleFigures } from './scale-cases';

export interface Contestant {
  name: 'app' | 'floor' | 'surveyjs';
  /** Questions in the questionnaire it opens. */
  questions: number;
  /** Chromium's CPU throttling rate (1: none; 4: a modest laptop). */
  throttle: number;
  firstArea: number[];
  switchArea: number[];
  clicks?: Latency;
  keys?: Latency;
  heap: number;
  initialGzip: number;
  /** Per page load: when each phase of opening the first area ended (ms from navigation). */
  phases: Record<string, number>[];
  /** The app's search, on the settled page: first use, then typing a query at a person's speed. */
  search?: SearchFigures;
}

export interface SearchFigures {
  /** From the search box taking the focus (its first use) to the first results shown, a word typed. */
  first: number;
  /** Each keystroke of a second query, typed at 60 ms a key. */
  keys: Latency;
}

/**
 * Search as a person uses it once the area is filled in: the box focused (the first use reads the
 * questionnaire's texts and builds the index), a word typed, then another query.
 */
async function searchFigures(page: Page): Promise<SearchFigures> {
  await page.keyboard.press('Escape');
  await page.locator('#area-title').click();
  const results = '[data-testid=search-results] li';
  const shown = page.evaluate<number>(`new Promise((resolve) => {
    const start = performance.now();
    const check = () => document.querySelector(${JSON.stringify(results)}) ? resolve(performance.now() - start) : requestAnimationFrame(check);
    check();
  })`);
  await page.keyboard.press('Control+k');
  await page.keyboard.type('inventory', { delay: 5 });
  const first = await shown;
  const box = page.getByRole('searchbox');
  await box.fill('');
  await page.waitForTimeout(300);
  await takeEvents(page, []);
  const query = 'transport plan review';
  await page.keyboard.type(query, { delay: 60 });
  await page.locator(results).first().waitFor();
  await page.waitForTimeout(300);
  const keys = latency(
    await takeEvents(page, ['keydown', 'keypress', 'keyup', 'beforeinput', 'input']),
    query.length,
  );
  return { first, keys };
}

const RUNS = 5;
const SETTLE_MS = 1000;
const STATIC = join(BENCH_DIR, 'static');
/** The app's build for the benchmark, apart from dist/ (which the browser tests serve). */
export const APP = join(BENCH_DIR, 'app-dist');
/** The sizes the app opens (the floor and SurveyJS open the first); throttling rates measured. */
export const SIZES = [1000, 5000];
export const THROTTLES = [1, 4];

async function buildAll(): Promise<void> {
  const env = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn', mode: 'production', build: { outDir: APP, emptyOutDir: true } });
    await build({ configFile: 'bench/browser/vite.config.ts', mode: 'production' });
  } finally {
    process.env.NODE_ENV = env;
  }
  rmSync(STATIC, { recursive: true, force: true });
  mkdirSync(STATIC, { recursive: true });
  cpSync(join(BENCH_DIR, 'surveyjs-dist'), join(STATIC, 'surveyjs'), { recursive: true });
  cpSync(join(sizeDir(SIZES[0]!), 'survey.json'), join(STATIC, 'surveyjs', 'survey.json'));
  cpSync(join(sizeDir(SIZES[0]!), 'floor.html'), join(STATIC, 'floor.html'));
}

/** gzip size of the scripts and styles a page had loaded once its first area was ready. */
async function initialGzip(page: Page, root: string, base: string): Promise<number> {
  const urls = await page.evaluate<string[]>(`performance.getEntriesByType('resource').map((r) => r.name)`);
  const files = [...new Set(urls.map((u) => new URL(u).pathname).filter((p) => /\.(js|css)$/.test(p)))];
  return files.reduce((sum, p) => sum + gzipSync(readFileSync(join(root, p.slice(base.length)))).length, 0);
}

export const sizeDir = (questions: number) => join(BENCH_DIR, `q${questions}`);

/** A new tab, its CPU slowed `rate` times (DevTools protocol) before it loads `url`. */
async function fresh(context: BrowserContext, url: string, rate: number): Promise<Page> {
  const page = await context.newPage();
  if (rate !== 1) await throttle(page, rate);
  await page.goto(url, { waitUntil: 'commit' });
  return page;
}

/** Imports a generated questionnaire and an assessment answered on it, as a user would; its fill address. */
export async function importAssessment(
  context: BrowserContext,
  appUrl: string,
  dir: string,
): Promise<string> {
  const setup = await context.newPage();
  await setup.goto(appUrl);
  await setup.getByLabel('Import a questionnaire file…').setInputFiles(join(dir, 'questionnaire.json'));
  await setup.getByTestId('import-result').filter({ hasText: 'imported' }).waitFor({ timeout: 120_000 });
  await setup.getByLabel('Import an assessment or backup file…').setInputFiles(join(dir, 'assessment.json'));
  await setup.getByRole('button', { name: 'Import as a new assessment' }).click();
  await setup.getByTestId('save-status').waitFor({ timeout: 120_000 });
  // The app asks once per device who is answering; a returning user is not asked again.
  const header = setup.locator('.fill-header:not([data-author=loading])');
  await header.waitFor();
  if ((await header.getAttribute('data-author')) !== 'known') {
    const dialog = setup.getByTestId('identity-dialog');
    await dialog.getByLabel('Your name').fill('Benchmark');
    await dialog.getByRole('button', { name: 'Save and continue' }).click();
    await dialog.waitFor({ state: 'hidden' });
  }
  const url = setup.url().replace(/\/fill.*$/, '/fill/a0');
  await setup.close();
  return url;
}

export interface BrowserFigures {
  contestants: Contestant[];
  /** The home screen, the plan editor and the Word export at scale, per throttling rate. */
  scale: { throttle: number; figures: ScaleFigures }[];
}

/**
 * `only` limits the run to some contestants (e.g. the app alone while working on it); `throttles`
 * and `sizes` to some rates and sizes; `scale` false leaves out the scale cases (which run last:
 * they restore backups over what the device holds).
 */
export async function browserBenchmarks({
  only,
  throttles = THROTTLES,
  sizes = SIZES,
  scale = true,
}: {
  only?: Contestant['name'][];
  throttles?: number[];
  sizes?: number[];
  scale?: boolean;
} = {}): Promise<BrowserFigures> {
  let perArea = 0;
  for (const questions of SIZES) perArea = (await generateInputs(questions, sizeDir(questions))).perArea;
  await buildAll();
  const app = await serveBuild(0, APP);
  const statics = await preview({
    configFile: false,
    logLevel: 'warn',
    build: { outDir: STATIC },
    preview: { host: '127.0.0.1', port: 0 },
  });
  const staticUrl = statics.resolvedUrls!.local[0]!;
  const browser = await openBrowser();
  const context = browser.context;
  await context.addInitScript(INIT_SCRIPT);
  try {
    const fillUrls = new Map<number, string>();
    for (const questions of sizes)
      fillUrls.set(questions, await importAssessment(context, app.url, sizeDir(questions)));
    const appSpec = (questions: number) => ({
      name: 'app' as const,
      questions,
      url: fillUrls.get(questions)!,
      selector: 'section.question',
      next: 'nav.area-nav a[href$="/fill/a1"]',
      firstOfNext: '[id="q-a1.q0"]',
      radios: 'section.question input[type=radio]',
      textarea: 'section.question textarea:visible',
      root: APP,
      base: '/',
    });
    const specs = [
      ...sizes.map(appSpec),
      {
        name: 'floor' as const,
        questions: SIZES[0]!,
        url: `${staticUrl}floor.html`,
        selector: '.q',
        next: undefined,
        firstOfNext: '',
        radios: 'input[type=radio]',
        textarea: 'textarea',
        root: STATIC,
        base: '/',
      },
      {
        name: 'surveyjs' as const,
        questions: SIZES[0]!,
        url: `${staticUrl}surveyjs/index.html`,
        selector: '.sd-question',
        next: '.sd-navigation__next-btn',
        firstOfNext: '[data-name="a1.q0"]',
        radios: '.sd-question .sd-selectbase__label',
        textarea: 'textarea',
        root: STATIC,
        base: '/',
      },
    ];
    const results: Contestant[] = [];
    for (const rate of throttles)
      for (const spec of specs.filter((s) => !only || only.includes(s.name))) {
        const firstArea: number[] = [];
        const switchArea: number[] = [];
        const phases: Record<string, number>[] = [];
        for (let run = 0; run <= RUNS; run++) {
          const page = await fresh(context, spec.url, rate);
          const ready = await readyAt(page, spec.selector, perArea);
          // A person reads the area before moving on: switch once the page has been idle a moment.
          await page.waitForTimeout(SETTLE_MS);
          const phase = { ...(await loadPhases(page, Object.values(MARKS))), ready };
          const switched = spec.next
            ? await switchTime(page, spec.next, spec.selector, spec.firstOfNext)
            : undefined;
          if (run > 0) {
            firstArea.push(ready);
            phases.push(phase);
            if (switched !== undefined) switchArea.push(switched);
          }
          await page.close();
        }
        const page = await fresh(context, spec.url, rate);
        await readyAt(page, spec.selector, perArea);
        // What the page holds once settled: the app reads the rest of its questionnaire after the first paint.
        await page.waitForTimeout(SETTLE_MS);
        const heap = await heapAfterGc(page);
        const gz = await initialGzip(page, spec.root, spec.base);
        await takeEvents(page, []);
        const radios = page.locator(spec.radios);
        for (let i = 0; i < 50; i++) await radios.nth(i * 5 + (i % 4)).click();
        await page.waitForTimeout(500);
        const clicks = latency(await takeEvents(page, ['click', 'pointerdown', 'pointerup']), 50);
        await page.locator(spec.textarea).first().click();
        await page.keyboard.type(
          'The decree of 2021 designates the biosafety authority; inspections began in 2023 and cover all laboratories handling risk group 3 agents in the country.'.padEnd(
            200,
            ' x',
          ),
          { delay: 5 },
        );
        await page.waitForTimeout(500);
        const keys = latency(
          await takeEvents(page, ['keydown', 'keypress', 'keyup', 'beforeinput', 'input']),
          200,
        );
        const search = spec.name === 'app' ? await searchFigures(page) : undefined;
        await page.close();
        results.push({
          name: spec.name,
          questions: spec.questions,
          throttle: rate,
          firstArea,
          switchArea,
          clicks,
          keys,
          heap,
          initialGzip: gz,
          phases,
          search,
        });
      }
    const scaled: BrowserFigures['scale'] = [];
    if (scale)
      for (const rate of throttles)
        scaled.push({ throttle: rate, figures: await scaleBenchmarks(app.url, context, rate) });
    return { contestants: results, scale: scaled };
  } finally {
    await browser.close();
    await app.close();
    await statics.close();
    removeProfile(browser.profileDir);
  }
}
