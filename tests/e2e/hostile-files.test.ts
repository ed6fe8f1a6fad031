import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAnswer, T0 } from '../builders/assessment';
import { HOSTILE_ASSESSMENT_FILES, HOSTILE_QUESTIONNAIRES, hostileFile } from '../builders/hostile';
import { fixtureText, mutatedFullFeature } from '../builders/questionnaire';
import { createAssessment, FULL_FEATURE, importQuestionnaire, waitSaved } from './flows';
import { openBrowser, question, removeProfile, serveBuild, type Browser, type Served } from './harness';

/**
 * The hostile files of tests/builders/hostile.ts through the real file pickers, as a careless or
 * hostile user would choose them: each refused with its message, the tab responsive (no task over
 * 200 ms, by a long-task observer), and every IndexedDB store byte-identical afterwards.
 */
let served: Served;
let browser: Browser;
let page: Page;
const dir = mkdtempSync(join(tmpdir(), 'cbrn-hostile-'));

/** Every object store of the app's database, as one JSON text. */
const dumpDatabase = (p: Page) =>
  p.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('cbrn-nap-builder');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(new Error(String(open.error)));
    });
    const out: Record<string, unknown> = {};
    for (const name of [...db.objectStoreNames].sort()) {
      out[name] = await new Promise((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(String(request.error)));
      });
    }
    db.close();
    return JSON.stringify(out);
  });

const longTasks = (p: Page) =>
  p.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.splice(0));

beforeAll(async () => {
  served = await serveBuild();
  browser = await openBrowser();
  page = await browser.page();
  await page.addInitScript(() => {
    const tasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(served.url);
  await importQuestionnaire(page, FULL_FEATURE);
  await createAssessment(page, { title: 'Held data' });
  await question(page, 'gov.nt-agencies').locator('input[type=number]').fill('14');
  await waitSaved(page);
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
  if (browser) removeProfile(browser.profileDir);
  rmSync(dir, { recursive: true, force: true });
});

async function choose(label: string, name: string, text: string): Promise<void> {
  const path = join(dir, name);
  writeFileSync(path, text);
  await page.getByRole('link', { name: 'Assessments', exact: true }).first().click();
  await page.getByLabel(label).setInputFiles(path);
}

describe('hostile files through the real pickers', () => {
  const counts = { tried: 0, refused: 0, unchanged: 0 };

  it.each(HOSTILE_ASSESSMENT_FILES)(
    '$name: refused with its message, tab responsive, data unchanged',
    async (c) => {
      const made = await c.make();
      const inner = typeof made === 'string' ? made : JSON.stringify(made);
      const carried = JSON.stringify([
        { fileName: 'full.json', importedAt: T0, text: fixtureText('full-feature.json') },
      ]);
      const backup = `{"type":"cbrn-nap-backup","formatVersion":1,"appVersion":"0.1.0","createdAt":${T0},"questionnaires":${carried},"assessments":[${inner}]}`;
      for (const [name, text] of [
        ['assessment.json', inner],
        ['backup.json', backup],
      ] as const) {
        const before = await dumpDatabase(page);
        await longTasks(page);
        counts.tried++;
        await choose('Import an assessment or backup file…', name, text);
        const status = page.getByTestId('exchange-status');
        await status.getByText(`${name} cannot be imported`, { exact: false }).waitFor();
        const shown = (await status.textContent()) ?? '';
        if (typeof c.message === 'string') expect(shown).toContain(c.message);
        else expect(shown).toMatch(c.message);
        counts.refused++;
        expect(
          (await longTasks(page)).filter((ms) => ms > 200),
          `long tasks for ${name}`,
        ).toEqual([]);
        expect(await dumpDatabase(page)).toBe(before);
        counts.unchanged++;
      }
    },
    120_000,
  );

  it.each(HOSTILE_QUESTIONNAIRES)(
    'a questionnaire with %s: refused, tab responsive, data unchanged',
    async (_name, mutate, _path, message) => {
      const before = await dumpDatabase(page);
      await longTasks(page);
      counts.tried++;
      const text = mutatedFullFeature((q) => {
        q.version = '9.0.0';
        mutate(q);
      });
      const name = `hostile-questionnaire-${counts.tried}.json`;
      await choose('Import a questionnaire file…', name, text);
      const result = page.getByTestId('import-result').filter({ hasText: name });
      await result.waitFor();
      expect(await result.textContent()).toContain(message);
      counts.refused++;
      expect((await longTasks(page)).filter((ms) => ms > 200)).toEqual([]);
      expect(await dumpDatabase(page)).toBe(before);
      counts.unchanged++;
    },
    120_000,
  );

  it('a 20,000-question questionnaire and a 21 MB file with 10,000 problems: refused at once, a few lines shown, tab responsive', async () => {
    const huge = mutatedFullFeature((q) => {
      q.version = '9.0.1';
      const item = q.areas[1].items[2];
      q.areas = Array.from({ length: 40 }, (_, a) => ({
        id: `x${a}`,
        title: { en: 'X', ru: 'X' },
        items: Array.from({ length: 500 }, (_, i) => ({ ...item, id: `x${a}.q${i}` })),
      }));
      q.actions = [];
      delete q.changes;
    });
    // As many answers as a file may carry, each to a question that does not exist, with a long comment.
    const junk = JSON.stringify(
      await hostileFile((f) => {
        f.answers = Array.from({ length: 10_000 }, (_, i) =>
          makeAnswer({
            assessmentId: 'remote',
            questionId: `junk.${i}`,
            value: 1,
            comment: 'x'.repeat(2_000),
          }),
        );
      }),
    );
    expect(junk.length).toBeGreaterThan(20_000_000);
    const before = await dumpDatabase(page);
    await longTasks(page);

    counts.tried++;
    await choose('Import a questionnaire file…', 'huge.json', huge);
    await page.getByTestId('import-result').filter({ hasText: 'huge.json' }).waitFor();
    expect(await page.getByTestId('import-result').textContent()).toContain(
      'has 20000 questions; a questionnaire may have at most 10000',
    );
    counts.refused++;

    counts.tried++;
    await choose('Import an assessment or backup file…', 'junk.json', junk);
    const status = page.getByTestId('exchange-status');
    await status.getByText('junk.json cannot be imported', { exact: false }).waitFor();
    // The first problems, then how many more: never 10,000 lines.
    expect(await status.locator('li').count()).toBeLessThanOrEqual(51);
    expect(await status.textContent()).toMatch(/and \d+ more problems/);
    counts.refused++;

    expect((await longTasks(page)).filter((ms) => ms > 200)).toEqual([]);
    expect(await dumpDatabase(page)).toBe(before);
    counts.unchanged += 2;
    // The figures the README's reliability section gives.
    console.log(
      `hostile files: ${counts.tried} tried, ${counts.refused} refused cleanly, ${counts.unchanged} with data unchanged`,
    );
  }, 180_000);
});
