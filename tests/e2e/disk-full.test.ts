import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessment, waitSaved } from './flows';
import { question, serveBuild, spawnChromium, type Served } from './harness';

/**
 * A real full disk: the Chromium profile lives on a small tmpfs, which the test fills with a file
 * as another program would. (Chromium's storage estimate does not follow the disk, so nothing short
 * of a small file system shows what the app and the browser do when the disk runs out.) Mounting
 * needs root, as in CI, which installs its system packages as root too.
 */
let disk: string;
let served: Served;

beforeAll(async () => {
  disk = mkdtempSync(join(tmpdir(), 'cbrn-small-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=160m', 'tmpfs', disk], { stdio: 'pipe' });
  } catch (error) {
    throw new Error(
      `the disk-full test mounts a 160 MB tmpfs for the browser profile and could not: ${String(error)}; run the tests as root (as .ci/run does)`,
    );
  }
  served = await serveBuild();
});
afterAll(async () => {
  await served?.close();
  try {
    execFileSync('umount', ['--lazy', disk], { stdio: 'pipe' });
  } catch {
    // Not mounted: beforeAll said why.
  }
  rmSync(disk, { recursive: true, force: true });
});

const free = () => {
  const s = statfsSync(disk);
  return s.bavail * s.bsize;
};
/** Takes every free byte of the disk, as a large download or another program would. */
const fillDisk = () => {
  execFileSync('fallocate', ['-l', String(free()), join(disk, `filler-${Date.now()}`)]);
};
const freeDisk = () => execFileSync('sh', ['-c', `rm -f ${disk}/filler-*`]);

const number = (page: Page, id: string) => question(page, id).locator('input[type=number]');
const spaceState = (page: Page) =>
  page
    .getByTestId('space-warning')
    .getAttribute('data-state', { timeout: 1000 })
    .catch(() => null);
const comment = async (page: Page, id: string) => {
  const q = question(page, id);
  if (!(await q.getByLabel('Comment').isVisible())) await q.getByText('Comment and evidence').click();
  return q.getByLabel('Comment');
};

describe('a full disk', () => {
  it('stops writing, keeps every answer in the page and offers them as a file; once space is freed and the browser restarts, what it kept is there and the rescue file brings back the rest', async () => {
    const profile = join(disk, 'profile');
    mkdirSync(profile);
    // Where the user saves the rescue file: another drive, not the full one.
    const usb = mkdtempSync(join(tmpdir(), 'cbrn-usb-'));
    let chromium = await spawnChromium(profile);
    try {
      let page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
      await page.goto(served.url);
      await createAssessment(page, { title: 'Disk test' });
      const url = page.url();
      await number(page, 'gov.nt-agencies').pressSequentially('14', { delay: 80 });
      await (await comment(page, 'gov.national-team')).pressSequentially('Decree 214', { delay: 80 });
      await waitSaved(page);

      // Another program takes every byte of the disk; the next edit cannot be written.
      fillDisk();
      // (A small write may still fit in space the database already holds: the team works on.)
      await (await comment(page, 'gov.national-team')).pressSequentially(' of 2021', { delay: 80 });
      const blocked = page.getByRole('alertdialog');
      const evidence = question(page, 'gov.national-team').getByLabel('Evidence');
      let typed = '';
      for (let i = 0; i < 40 && !(await blocked.isVisible()); i++) {
        const words = `Minutes of meeting ${i + 1}, signed by the chair. `;
        await evidence.pressSequentially(words, { delay: 5 });
        typed += words;
        await page.waitForTimeout(1500);
      }
      await blocked.waitFor({ timeout: 5_000 });
      // The refused write says the disk may be full (or is full, for a quota error); when Chromium has already shut the database
      // (a write after the first refused one), the page says it did not fit and asks for a restart.
      expect(await blocked.textContent()).toMatch(
        /the disk may be full|the disk is full or nearly full|did not fit on the disk/,
      );
      expect(await spaceState(page)).toBe('critical');
      // Nothing more is written, and the page keeps every answer, saved or not.
      await blocked.getByRole('button', { name: 'Save my work to a file now' }).click();
      const link = blocked.getByRole('link');
      await link.waitFor();
      const rescue = join(usb, 'rescue.json');
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      await download.saveAs(rescue);
      const rescued = JSON.parse(readFileSync(rescue, 'utf8')) as {
        answers: { questionId: string; comment?: string; evidence?: string }[];
      };
      expect(rescued.answers.map((a) => a.questionId).sort()).toEqual([
        'gov.national-team',
        'gov.nt-agencies',
      ]);

      // The page still shows every key typed, the ones after the failed write too.
      expect(await evidence.inputValue()).toBe(typed);
      // Space is freed and "Try again" pressed, as the app asks. Chromium keeps the site's database
      // shut after a write met the full disk, so the app says it needs a restart, and the user quits
      // the browser from its menu. (Ending it by force on a full disk may lose the last keys of the
      // journal, which lives on the same disk: that is what the rescue file is for.)
      freeDisk();
      await blocked.getByRole('button', { name: 'Try again' }).click();
      await page.getByText('opens it again only once the browser is restarted').waitFor();
      await chromium.quit();
      chromium = await spawnChromium(profile);
      page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
      await page.goto(url);
      await waitSaved(page);
      // What was saved is there, and the journal's edits are written now — those Chromium committed:
      // its local storage shares the disk, and after a write met the full disk it may refuse (without
      // a word to the page) to commit the last keys until it restarts. What is there is never wrong,
      // only possibly short of the last keys.
      expect(await number(page, 'gov.nt-agencies').inputValue()).toBe('14');
      const comments = await (await comment(page, 'gov.national-team')).inputValue();
      expect('Decree 214 of 2021'.startsWith(comments) && comments.startsWith('Decree 214')).toBe(true);
      const kept = await question(page, 'gov.national-team').getByLabel('Evidence').inputValue();
      expect(typed.startsWith(kept)).toBe(true);
      expect(await spaceState(page)).toBeNull();
      // The rescue file holds every key: merged into the assessment, as the app's message says to.
      const stored = rescued.answers.find((a) => a.questionId === 'gov.national-team');
      expect(stored).toMatchObject({ comment: 'Decree 214 of 2021', evidence: typed });
      await page.goto(served.url);
      await page.getByLabel('Import an assessment or backup file…').setInputFiles(rescue);
      expect(await page.getByLabel('or merge into').locator('option:checked').textContent()).toBe(
        'Disk test (the same assessment)',
      );
      await page.getByRole('button', { name: 'Compare' }).click();
      const status = page.getByTestId('exchange-status');
      // The file's newer side is chosen already for what the browser did not keep.
      await status.getByText(/Merging: new answers 0 · equal \d · to decide \d/).waitFor();
      await status.getByRole('button', { name: 'Merge with these choices' }).click();
      await status.getByText('Merged.', { exact: false }).waitFor();
      await page.goto(url);
      await waitSaved(page);
      expect(await (await comment(page, 'gov.national-team')).inputValue()).toBe('Decree 214 of 2021');
      expect(await question(page, 'gov.national-team').getByLabel('Evidence').inputValue()).toBe(typed);
    } finally {
      await chromium.kill().catch(() => undefined);
      freeDisk();
      rmSync(usb, { recursive: true, force: true });
    }
  }, 240_000);
});
