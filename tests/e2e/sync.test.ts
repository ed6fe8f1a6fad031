import { mkdtempSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncDatabaseName } from '../../src/domain/sync/sync-documents';
import { createAssessmentDatabase, startCouchServer, type CouchServer } from '../builders/couch-server';
import { createAssessment, sayWhoIsAnswering, waitSaved } from './flows';
import {
  collectErrors,
  openBrowser,
  question,
  removeProfile,
  seriousA11yViolations,
  serveBuild,
  type Browser,
  type Served,
} from './harness';

// Two National Team members on two devices (two browser profiles) sync one assessment through a
// CouchDB-protocol server (PouchDB Server, started here on 127.0.0.1), everything through the UI:
// the coordinator names the server and signs in, the other imports the assessment once and signs
// in, both type, one goes offline, the server goes away mid-typing, and someone puts a broken
// document on the server. The app is built as an installation that names a sync server on this
// machine (NAP_SYNC_ORIGINS), so its security policy lets it reach that one origin.
const files = mkdtempSync(join(tmpdir(), 'sync-'));
const outDir = mkdtempSync(join(tmpdir(), 'dist-sync-'));
const ORIGINS = 'http://127.0.0.1:*';
const PASSWORD = 'correct horse battery';

let served: Served;
let couch: CouchServer;
let coordinator: Browser;
let agency: Browser;
let a: Page;
let b: Page;
let assessmentId: string;
const errors: string[] = [];

beforeAll(async () => {
  const before = { env: process.env.NODE_ENV, origins: process.env.NAP_SYNC_ORIGINS };
  process.env.NODE_ENV = 'production';
  process.env.NAP_SYNC_ORIGINS = ORIGINS;
  try {
    await build({ logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
    served = await serveBuild(0, outDir);
  } finally {
    process.env.NODE_ENV = before.env;
    if (before.origins === undefined) delete process.env.NAP_SYNC_ORIGINS;
    else process.env.NAP_SYNC_ORIGINS = before.origins;
  }
  couch = await startCouchServer({ corsOrigins: [new URL(served.url).origin] });
  for (const name of ['coordinator', 'moh.focal', 'outsider']) await couch.addUser(name, PASSWORD);
  [coordinator, agency] = await Promise.all([openBrowser(), openBrowser()]);
  [a, b] = [await coordinator.page(), await agency.page()];
  errors.push(...collectErrors(a), ...collectErrors(b));
}, 240_000);
afterAll(async () => {
  await coordinator?.close();
  await agency?.close();
  await served?.close();
  await couch?.stop();
  for (const browser of [coordinator, agency]) if (browser) removeProfile(browser.profileDir);
});

const status = (page: Page) => page.getByTestId('sync-status');
const phase = (page: Page, expected: string) =>
  expect.poll(() => status(page).getAttribute('data-phase'), { timeout: 30_000 }).toBe(expected);

async function signIn(page: Page, name: string, password = PASSWORD) {
  await page.getByLabel('User name').fill(name);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function openSync(page: Page) {
  await page.getByTestId('sync-status').waitFor();
  await page.locator('.sync-bar a').click();
  await page.getByRole('heading', { name: /^Sync through a server/ }).waitFor();
}

async function backToFilling(page: Page) {
  await page.getByRole('link', { name: 'Back to the answers' }).click();
  await page.locator('.fill-header').waitFor();
}

const field = (page: Page, id: string) => question(page, id).locator('input[type=number]');

describe('two devices sync one assessment through the country’s server', () => {
  it('the coordinator names the server and signs in; a wrong password and a non-member are refused', async () => {
    await a.goto(served.url);
    assessmentId = await createAssessment(a, {
      title: 'Kyrgyz Republic NAQ',
      agencies: [['Ministry of Health', 'MoH']],
    });
    // The coordinator creates the assessment's database on the server and names its members.
    expect(
      await createAssessmentDatabase(couch, syncDatabaseName(decodeURIComponent(assessmentId)), {
        names: ['coordinator', 'moh.focal'],
      }),
    ).toBe(201);

    await a.getByRole('link', { name: 'profile and team' }).click();
    await a.getByRole('link', { name: 'Sync through a server…' }).click();
    await a.getByLabel(/^Server address/).fill('http://couch.example.kg');
    await a.getByRole('button', { name: 'Save and sync' }).click();
    await expect.poll(() => a.getByRole('alert').textContent()).toContain('Use https://');
    await a.getByLabel(/^Server address/).fill(couch.url);
    await a.getByRole('button', { name: 'Save and sync' }).click();
    await phase(a, 'signedOut');

    await signIn(a, 'coordinator', 'not the password');
    await expect
      .poll(() => a.getByTestId('sign-in-problem').textContent())
      .toBe('The server refused the sign-in: Name or password is incorrect.');
    await signIn(a, 'outsider');
    await phase(a, 'error');
    expect(await status(a).textContent()).toContain(
      "outsider is not a member of this assessment's database (You are not authorized to access this db.)",
    );
    await a.getByRole('button', { name: 'Sign out' }).click();
    await phase(a, 'signedOut');
    await signIn(a, 'coordinator');
    await phase(a, 'synced');
    expect(await a.getByTestId('sync-page-status').textContent()).toMatch(
      /^Synced with 127\.0\.0\.1:\d+ at /,
    );
  });

  it('the agency imports the assessment once, signs in, and each sees what the other typed', async () => {
    await a.goto(`${served.url}#/`);
    const card = a.getByTestId('assessment-card').filter({ hasText: 'Kyrgyz Republic NAQ' });
    await card.getByRole('button', { name: 'Export file…' }).click();
    const dialog = a.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Prepare the file' }).click();
    const [download] = await Promise.all([
      a.waitForEvent('download'),
      dialog.getByRole('link', { name: /^Save / }).click(),
    ]);
    const path = join(files, 'assessment.json');
    copyFileSync(await download.path(), path);
    await dialog.getByRole('button', { name: 'Close' }).click();

    await b.goto(served.url);
    await b.getByLabel('Import an assessment or backup file…').setInputFiles(path);
    await b.getByRole('button', { name: 'Import as a new assessment' }).click();
    await sayWhoIsAnswering(b, 'M. Moh', 'MoH');
    await phase(b, 'signedOut');
    await openSync(b);
    await signIn(b, 'moh.focal');
    await phase(b, 'synced');
    await backToFilling(b);

    await a.goto(`${served.url}#/a/${assessmentId}/fill`);
    await field(a, 'gov.nt-agencies').fill('14');
    await waitSaved(a);
    await b
      .getByRole('link', { name: /Biosafety/ })
      .first()
      .click();
    await field(b, 'bsf.lab-count').fill('386');
    await waitSaved(b);

    await expect.poll(() => field(b, 'bsf.lab-count').inputValue()).toBe('386');
    await b
      .getByRole('link', { name: /Governance/ })
      .first()
      .click();
    await expect.poll(() => field(b, 'gov.nt-agencies').inputValue(), { timeout: 30_000 }).toBe('14');
    await a
      .getByRole('link', { name: /Biosafety/ })
      .first()
      .click();
    await expect.poll(() => field(a, 'bsf.lab-count').inputValue(), { timeout: 30_000 }).toBe('386');
    await phase(a, 'synced');
    await phase(b, 'synced');
  });

  it('the same answer changed on both while one is offline is shown on both, and the choice settles it on both', async () => {
    await a
      .getByRole('link', { name: /Governance/ })
      .first()
      .click();
    await agency.context.setOffline(true);
    await field(a, 'gov.nt-agencies').fill('15');
    await waitSaved(a);
    await field(b, 'gov.nt-agencies').fill('16');
    await waitSaved(b);
    await expect
      .poll(() => status(b).textContent(), { timeout: 30_000 })
      .toMatch(/^Offline since .+: 1 change waits on this device/);
    await phase(a, 'synced');

    await agency.context.setOffline(false);
    for (const page of [a, b])
      await expect
        .poll(
          () =>
            page
              .getByTestId('sync-conflicts')
              .textContent()
              .catch(() => ''),
          { timeout: 40_000 },
        )
        .toBe('1 answer was changed on two devices: choose which to keep.');
    // Nothing was chosen for them: each still shows what it typed.
    expect(await field(a, 'gov.nt-agencies').inputValue()).toBe('15');
    expect(await field(b, 'gov.nt-agencies').inputValue()).toBe('16');

    await a.screenshot({ path: join(files, 'sync-conflict-bar.png') });
    await openSync(a);
    const list = a.getByTestId('sync-conflict-list');
    await list.getByRole('radio', { name: /^16/ }).check();
    await a.screenshot({ path: join(files, 'sync-conflict-page.png'), fullPage: true });
    await list.getByRole('button', { name: 'Keep the chosen answers on every device' }).click();
    await list.waitFor({ state: 'detached' });
    await backToFilling(a);
    for (const page of [a, b]) {
      await expect.poll(() => field(page, 'gov.nt-agencies').inputValue(), { timeout: 30_000 }).toBe('16');
      await expect.poll(() => page.getByTestId('sync-conflicts').count(), { timeout: 30_000 }).toBe(0);
    }
  });

  it(
    'the server goes away mid-typing: offline, nothing lost across a reload, caught up when it returns',
    { timeout: 120_000 },
    async () => {
      // The comment box is drawn when its section is open; a person opens it to type or to read.
      const comment = (page: Page) => question(page, 'gov.nt-agencies').getByLabel('Comment');
      const shown = async (page: Page) => {
        const q = question(page, 'gov.nt-agencies');
        await q.waitFor();
        if (!(await comment(page).isVisible())) await q.getByText(/^Comment and evidence/).click();
        return comment(page);
      };
      const text = 'Fourteen agencies signed the 2025 terms of reference; customs joined in March.';
      for (const page of [a, b])
        await page
          .getByRole('link', { name: /Governance/ })
          .first()
          .click();
      await (await shown(a)).click();
      // A person types at their pace; the server stops answering part-way through.
      await Promise.all([
        a.keyboard.type(text, { delay: 80 }),
        new Promise((resolve) => setTimeout(resolve, 1500)).then(() => couch.pause()),
      ]);
      await a.reload();
      await expect.poll(async () => (await shown(a)).inputValue()).toBe(text);
      await phase(a, 'offline');
      expect(await status(a).textContent()).toMatch(/^Offline since /);

      await couch.resume();
      await phase(a, 'synced');
      await expect.poll(async () => (await shown(b)).inputValue(), { timeout: 40_000 }).toBe(text);
    },
  );

  it('a broken document put on the server by hand is refused, reported, and written nowhere', async () => {
    const db = syncDatabaseName(decodeURIComponent(assessmentId));
    const put = await couch.admin('PUT', `/${db}/${encodeURIComponent('answer:gov.budget')}`, {
      kind: 'answer',
      record: { questionId: 'gov.budget', value: 'lots' },
    });
    expect(put.status).toBe(201);
    for (const page of [a, b])
      await expect
        .poll(
          () =>
            page
              .getByTestId('sync-refused')
              .textContent()
              .catch(() => ''),
          { timeout: 40_000 },
        )
        .toBe('1 document from the server was refused.');
    await openSync(b);
    const report = b.locator('.issues');
    await expect.poll(() => report.textContent()).toContain('document answer:gov.budget: is required');
    await b.screenshot({ path: join(files, 'sync-refused.png'), fullPage: true });
    expect(await b.evaluate(() => document.body.innerText)).toContain(
      '1 document on the server was refused and not written on this device:',
    );
    // Written nowhere: the capacity question it names is still unanswered on the other device.
    await a
      .getByRole('link', { name: /Governance/ })
      .first()
      .click();
    await question(a, 'gov.budget').waitFor();
    expect(await question(a, 'gov.budget').locator('input:checked').count()).toBe(0);
    expect(await seriousA11yViolations(b)).toEqual([]);

    // The same screen in Russian: status, refusal and plural forms in Russian words.
    const language = b.getByRole('combobox', { name: /^(Language|Язык)/ });
    await language.selectOption('ru');
    await expect
      .poll(() => b.getByTestId('sync-refused').textContent())
      .toBe('1 документ с сервера отклонён.');
    expect(await status(b).textContent()).toMatch(/^Синхронизировано с 127\.0\.0\.1:\d+ в /);
    await b.screenshot({ path: join(files, 'sync-refused-ru.png'), fullPage: true });
    await language.selectOption('en');
    expect(
      errors.filter(
        (e) => !/Failed to load resource|ERR_INTERNET_DISCONNECTED|ERR_CONNECTION_REFUSED/.test(e),
      ),
    ).toEqual([]);
    console.log(`screenshots in ${files}`);
  });
});
