import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessment, waitSaved } from './flows';
import { openBrowser, question, removeProfile, serveBuild, type Browser, type Served } from './harness';

/** A restore in one tab, while another shows an assessment with an edit made after the backup. */
let served: Served;
let browser: Browser;
const files = mkdtempSync(join(tmpdir(), 'cbrn-restore-'));
beforeAll(async () => {
  served = await serveBuild();
  browser = await openBrowser();
});
afterAll(async () => {
  await browser?.close();
  await served?.close();
  if (browser) removeProfile(browser.profileDir);
  rmSync(files, { recursive: true, force: true });
});

describe('a restore under an open tab', () => {
  it('stops the other tab, which then shows what is stored, not the edit the backup replaced', async () => {
    const filling = await browser.page();
    await filling.goto(served.url);
    await createAssessment(filling, { title: 'Restore test' });
    const count = question(filling, 'gov.nt-agencies').locator('input[type=number]');
    await count.pressSequentially('14', { delay: 80 });
    await waitSaved(filling);

    // A backup is made in a second tab, as a person keeps one.
    const other = await browser.context.newPage();
    await other.goto(served.url);
    await other.getByRole('link', { name: 'Settings and storage' }).click();
    await other.getByRole('button', { name: 'Prepare a backup' }).click();
    const [download] = await Promise.all([
      other.waitForEvent('download'),
      other.getByRole('link', { name: /^Save / }).click(),
    ]);
    const backup = join(files, 'backup.json');
    copyFileSync(await download.path(), backup);

    // The first tab goes on: an edit after the backup.
    await count.fill('');
    await count.pressSequentially('15', { delay: 80 });
    await waitSaved(filling);

    // The backup is restored in the second tab (from the home screen's picker).
    await other.getByRole('link', { name: 'Assessments', exact: true }).first().click();
    await other.getByLabel('Import an assessment or backup file…').setInputFiles(backup);
    await other.getByLabel(/I understand: restoring replaces/).check();
    await other.getByRole('button', { name: 'Restore this backup' }).click();
    await other
      .getByText(/restored/i)
      .first()
      .waitFor();

    // The first tab no longer claims its edit is saved: it stops and asks to reload.
    const notice = filling.getByTestId('replaced-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('The data on this device was replaced');
    // The notice is modal: nothing can be typed over the restored data before the reload.
    await notice.getByRole('button', { name: 'Reload' }).click();
    await waitSaved(filling);
    expect(await question(filling, 'gov.nt-agencies').locator('input[type=number]').inputValue()).toBe('14');
    await other.reload();
    await other.getByText('Restore test').first().waitFor();
  }, 120_000);
});
