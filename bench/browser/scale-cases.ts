// Browser benchmarks at scale: the home screen with 50 assessments, a plan of 1,000 actions and its Word export.
import { statSync } from 'node:fs';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { generateScaleInputs, PLAN_ACTIONS, type ScaleInputs } from './generate-scale-inputs';
import {
  latency,
  readyAt,
  scrollFrames,
  takeEvents,
  throttle as throttleCpu,
  type Latency,
  type ScrollFrames,
} from './measure-page';

export interface HomeFigures {
  assessments: number;
  /** Per page load: every card in the list, then every card showing its progress (ms from navigation). */
  cards: number[];
  ready: number[];
}

export interface ScaleFigures {
  home: HomeFigures[];
  plan: {
    actions: number;
    /** Per page load: every action of the plan in the list, rendered (ms from navigation). */
    ready: number[];
    scroll: ScrollFrames;
    /** Per move: an action moved down a place until the list shows the new order. */
    reorder: number[];
    clicks: Latency;
    keys: Latency;
  };
  docx: {
    /** Per export: from the click on "Prepare" until its save link is shown. */
    prepared: number[];
    /** Per export: from the click on "Prepare" until the browser reports the download. */
    downloaded: number[];
    bytes: number;
  };
}

const RUNS = 5;
const EXPORTS = 3;
const SETTLE_MS = 1000;
const CLICKS = 30;
const TYPED = 'Inspections of every laboratory of risk group 3 ok';
const CARD = '[data-testid=assessment-card]';
const CARD_READY = '[data-testid=assessment-card] progress';
const ACTION = '[data-testid=plan-action]';

/** A new tab at the given CPU throttling, navigated to `url`. */
async function open(context: BrowserContext, url: string, rate: number): Promise<Page> {
  const page = await context.newPage();
  await throttleCpu(page, rate);
  await page.goto(url, { waitUntil: 'commit' });
  return page;
}

/** When each selector first matched `count` elements and the next task after a frame ran (ms from navigation). */
async function readyAtEach(page: Page, steps: { selector: string; count: number }[]): Promise<number[]> {
  return page.evaluate(`new Promise((resolve) => {
    const steps = ${JSON.stringify(steps)};
    const at = steps.map(() => undefined);
    const check = () => {
      steps.forEach((s, i) => {
        if (at[i] === undefined && document.querySelectorAll(s.selector).length >= s.count) {
          at[i] = null;
          requestAnimationFrame(() => setTimeout(() => { at[i] = performance.now(); if (at.every((t) => typeof t === 'number')) resolve(at); }, 0));
        }
      });
      if (at.some((t) => t === undefined)) requestAnimationFrame(check);
    };
    check();
  })`);
}

/** Moves the action at `index` of the page's list down a place; ms until the list shows it moved and is painted. */
async function reorderTime(page: Page, index: number): Promise<number> {
  return page.evaluate(`new Promise((resolve) => {
    const title = () => document.querySelectorAll(${JSON.stringify(ACTION)})[${index}].querySelector('strong').textContent;
    const before = title();
    const start = performance.now();
    document.querySelectorAll(${JSON.stringify(ACTION)})[${index}].querySelector('.card-actions button:nth-child(2)').click();
    const check = () => {
      if (title() !== before) requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
      else requestAnimationFrame(check);
    };
    check();
  })`);
}

/**
 * Clicks the middle of an element with the mouse once it is scrolled into view and the page has
 * drawn it, as a person does; locator.click would also hit-test the page from inside each event.
 */
async function clickAt(page: Page, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  await page.waitForTimeout(100);
  const box = await target.boundingBox();
  if (!box) throw new Error('the element to click is not shown');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForTimeout(50);
}

/** Restores a backup through the home screen's import, replacing every assessment on the device. */
export async function restore(page: Page, appUrl: string, path: string, count: number): Promise<void> {
  await page.goto(appUrl);
  await page.getByLabel('Import an assessment or backup file…').setInputFiles(path);
  await page.getByLabel(/I understand: restoring replaces/).check();
  await page.getByRole('button', { name: 'Restore this backup' }).click();
  await page
    .getByTestId('exchange-status')
    .filter({ hasText: `Restored ${count} assessment` })
    .waitFor({ timeout: 120_000 });
}

/** Imports the large plan's assessment file as a new assessment; returns its id. */
export async function importPlan(page: Page, appUrl: string, inputs: ScaleInputs): Promise<string> {
  await page.goto(appUrl);
  await page.getByLabel('Import an assessment or backup file…').setInputFiles(inputs.planFile);
  await page.getByRole('button', { name: 'Import as a new assessment' }).click();
  await page.waitForURL(/#\/a\/[^/]+\/fill/, { timeout: 120_000 });
  return decodeURIComponent(/#\/a\/([^/]+)\//.exec(page.url())![1]!);
}

async function homeLoads(context: BrowserContext, appUrl: string, count: number, rate: number) {
  const figures: HomeFigures = { assessments: count, cards: [], ready: [] };
  for (let run = 0; run <= RUNS; run++) {
    const page = await open(context, appUrl, rate);
    const [cards, ready] = await readyAtEach(page, [
      { selector: CARD, count },
      { selector: CARD_READY, count },
    ]);
    if (run > 0) {
      figures.cards.push(cards!);
      figures.ready.push(ready!);
    }
    await page.close();
  }
  return figures;
}

async function planCases(context: BrowserContext, planUrl: string, rate: number) {
  const ready: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const page = await open(context, planUrl, rate);
    const at = await readyAt(page, ACTION, PLAN_ACTIONS);
    if (run > 0) ready.push(at);
    await page.close();
  }
  const page = await open(context, planUrl, rate);
  await readyAt(page, ACTION, PLAN_ACTIONS);
  await page.waitForTimeout(SETTLE_MS);
  const scroll = await scrollFrames(page);
  await page.evaluate('window.scrollTo(0, 0)');
  await page.waitForTimeout(SETTLE_MS);

  // Opening the editor of one action after another (each click closes the one open before).
  const edit = page.locator(`${ACTION} button[aria-expanded]`);
  await takeEvents(page, []);
  for (let i = 0; i < CLICKS; i++) await clickAt(page, edit.nth(i * 7));
  await page.waitForTimeout(500);
  const clicks = latency(await takeEvents(page, ['click', 'pointerdown', 'pointerup']), CLICKS);

  // Typing into the title of the action whose editor is open.
  const title = page.locator('.action-editor input[type=text]').first();
  await title.click();
  await page.keyboard.press('End');
  await page.waitForTimeout(200);
  await takeEvents(page, []);
  await page.keyboard.type(` ${TYPED}`.slice(0, 50), { delay: 5 });
  await page.waitForTimeout(500);
  const keys = latency(await takeEvents(page, ['keydown', 'keypress', 'keyup', 'beforeinput', 'input']), 50);
  await page.locator('.action-editor').getByRole('button', { name: 'Cancel' }).click();

  // Moving actions down, each saved and the plan recomputed.
  await page.evaluate('window.scrollTo(0, 0)');
  const reorder: number[] = [];
  for (let i = 0; i <= RUNS; i++) {
    await page.waitForTimeout(SETTLE_MS);
    const ms = await reorderTime(page, 1 + i);
    if (i > 0) reorder.push(ms);
  }
  await page.close();
  return { actions: PLAN_ACTIONS, ready, scroll, reorder, clicks, keys };
}

async function docxExports(context: BrowserContext, planUrl: string, rate: number) {
  const prepared: number[] = [];
  const downloaded: number[] = [];
  let bytes = 0;
  for (let run = 0; run < EXPORTS; run++) {
    const page = await open(context, planUrl, rate);
    await readyAt(page, ACTION, PLAN_ACTIONS);
    await page.waitForTimeout(SETTLE_MS);
    const start = performance.now();
    await page.getByRole('button', { name: 'Prepare the plan (Word)' }).click();
    const link = page.getByRole('link', { name: /^Save .*\.docx$/ });
    await link.waitFor({ timeout: 120_000 });
    prepared.push(performance.now() - start);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    downloaded.push(performance.now() - start);
    bytes = statSync(await download.path()).size;
    await page.close();
  }
  return { prepared, downloaded, bytes };
}

/**
 * The scale cases at one CPU throttling rate, on the app served at `appUrl` in `context` (whose
 * pages have measure-page's INIT_SCRIPT): the data is set up through the app's own import.
 */
export async function scaleBenchmarks(
  appUrl: string,
  context: BrowserContext,
  throttle: number,
): Promise<ScaleFigures> {
  const inputs = await generateScaleInputs();
  const setup = await context.newPage();
  try {
    const home: HomeFigures[] = [];
    for (const backup of inputs.homeBackups) {
      await restore(setup, appUrl, backup.path, backup.count);
      home.push(await homeLoads(context, appUrl, backup.count, throttle));
    }
    const id = await importPlan(setup, appUrl, inputs);
    const planUrl = `${appUrl}#/a/${encodeURIComponent(id)}/plan`;
    await setup.goto('about:blank');
    const plan = await planCases(context, planUrl, throttle);
    const docx = await docxExports(context, planUrl, throttle);
    return { home, plan, docx };
  } finally {
    await setup.close();
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const ms = (v: number) => Math.round(v).toString();
const spread = (values: number[]) =>
  `${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})`;
const lat = (l: Latency) => `${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.max)}`;
const holds = (ok: boolean) => (ok ? 'yes' : '**no**');

/** The scale cases as Markdown: one section per throttling rate, each with its figures and budgets. */
export function scaleReport(byThrottle: { throttle: number; figures: ScaleFigures }[]): string {
  const out: string[] = [
    '## Scale (Debian Chromium, production build, bundled questionnaire)',
    '',
    `Home: medians of ${RUNS} loads after a warm-up, each in a new tab, of 1 and of 50 assessments restored from a backup`,
    'through the home screen (the example\u2019s answers varied per assessment, a third with a draft plan); ready is',
    'every card showing its progress, then the next frame and a task. Plan: an assessment imported as a file, its',
    `plan of ${PLAN_ACTIONS.toLocaleString('en')} actions (the questionnaire\u2019s recommended ones and the team\u2019s own); clicks open the`,
    `editor of one action after another (${CLICKS} clicks), keys are 50 characters typed into an action\u2019s title at 5 ms;`,
    'Event Timing, interactions under 16 ms count as 0. The plan screen has no filter or search: the list update',
    `measured is moving an action down a place (saved, the plan recomputed). Word: ${EXPORTS} exports, each in a new tab.`,
    'CPU throttling through CDP `Emulation.setCPUThrottlingRate`; budgets are set for ×1.',
  ];
  for (const { throttle, figures: f } of byThrottle) {
    const one = f.home.find((h) => h.assessments === 1)!;
    const fifty = f.home.find((h) => h.assessments === 50)!;
    const ratio = median(fifty.ready) / median(one.ready);
    const ready = median(f.plan.ready);
    const docx = median(f.docx.downloaded);
    out.push(
      '',
      `### CPU ×${throttle}`,
      '',
      '| home screen | all cards shown ms | ready (every card\u2019s progress) ms |',
      '| --- | ---: | ---: |',
      ...f.home.map(
        (h) =>
          `| ${h.assessments} assessment${h.assessments === 1 ? '' : 's'} | ${spread(h.cards)} | ${spread(h.ready)} |`,
      ),
      '',
      `| plan of ${PLAN_ACTIONS.toLocaleString('en')} actions | figure |`,
      '| --- | ---: |',
      `| ready ms | ${spread(f.plan.ready)} |`,
      `| scroll to the end, a screen per frame: ms / frames / frames over 50 ms / longest frame ms | ${ms(f.plan.scroll.ms)} / ${f.plan.scroll.frames} / ${f.plan.scroll.long} / ${ms(f.plan.scroll.worst)} |`,
      `| move an action down until the list shows it ms | ${spread(f.plan.reorder)} |`,
      `| clicks p50 / p95 / max ms | ${lat(f.plan.clicks)} |`,
      `| keys p50 / p95 / max ms | ${lat(f.plan.keys)} |`,
      `| Word: click to save link ms | ${spread(f.docx.prepared)} |`,
      `| Word: click to download ms | ${spread(f.docx.downloaded)} |`,
      `| Word file KiB | ${Math.round(f.docx.bytes / 1024)} |`,
      '',
      '| budget | figure | holds |',
      '| --- | ---: | --- |',
      `| home with 50 ready vs with 1 (≤ 2) | ${ratio.toFixed(2)} | ${holds(ratio <= 2)} |`,
      `| plan ready (≤ 1,000 ms) | ${ms(ready)} ms | ${holds(ready <= 1000)} |`,
      `| plan click p95 (≤ 50 ms) | ${ms(f.plan.clicks.p95)} ms | ${holds(f.plan.clicks.p95 <= 50)} |`,
      `| plan keystroke p95 (≤ 50 ms) | ${ms(f.plan.keys.p95)} ms | ${holds(f.plan.keys.p95 <= 50)} |`,
      `| Word export to download (≤ 3,000 ms) | ${ms(docx)} ms | ${holds(docx <= 3000)} |`,
    );
  }
  return out.join('\n');
}
