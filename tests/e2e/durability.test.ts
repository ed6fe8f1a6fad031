import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAssessment, waitSaved } from './flows';
import { openBrowser, question, removeProfile, serveBuild, spawnChromium } from './harness';

const NATIONAL_TEAM_COUNT = 'gov.nt-agencies';

describe('nothing is lost', () => {
  it('opens and keeps answers with the server stopped and the network gone', async () => {
    const served = await serveBuild();
    const browser = await openBrowser();
    try {
      const page = await browser.page();
      await page.goto(served.url);
      await page.evaluate(async () => navigator.serviceWorker.ready);
      await createAssessment(page, { title: 'Offline test' });
      await question(page, NATIONAL_TEAM_COUNT).locator('input[type=number]').fill('14');
      await waitSaved(page);
      const url = page.url();

      await served.close();
      await browser.context.setOffline(true);
      await page.goto(url);
      await waitSaved(page);
      expect(await question(page, NATIONAL_TEAM_COUNT).locator('input[type=number]').inputValue()).toBe('14');
      await question(page, NATIONAL_TEAM_COUNT).locator('input[type=number]').fill('15');
      await waitSaved(page);
      await page.reload();
      await waitSaved(page);
      expect(await question(page, NATIONAL_TEAM_COUNT).locator('input[type=number]').inputValue()).toBe('15');
    } finally {
      await browser.close();
      await served.close().catch(() => undefined);
      removeProfile(browser.profileDir);
    }
  });

  it('keeps text typed about a second before the browser is killed', async () => {
    const served = await serveBuild();
    const profile = mkdtempSync(join(tmpdir(), 'cbrn-crash-'));
    try {
      const first = await spawnChromium(profile);
      const page = first.context.pages()[0] ?? (await first.context.newPage());
      await page.goto(served.url);
      await createAssessment(page, { title: 'Crash test' });
      const url = page.url();
      const area = question(page, 'gov.national-team');

      await area.getByText('Comment and evidence').click();
      await area
        .getByLabel('Comment')
        .pressSequentially('Decree 214 of 2021 sets up the Team', { delay: 10 });
      await page.waitForTimeout(1000);
      await first.kill();

      const second = await spawnChromium(profile);
      const again = second.context.pages()[0] ?? (await second.context.newPage());
      await again.goto(url);
      await waitSaved(again);
      expect(await question(again, 'gov.national-team').getByLabel('Comment').inputValue()).toBe(
        'Decree 214 of 2021 sets up the Team',
      );
      await second.kill();
    } finally {
      await served.close();
      removeProfile(profile);
    }
  });

  it('keeps two tabs on the same assessment consistent, and never lets a stale answer replace a newer one', async () => {
    const served = await serveBuild();
    const browser = await openBrowser();
    try {
      const a = await browser.page();
      await a.goto(served.url);
      await createAssessment(a, { title: 'Two tabs' });
      const b = await browser.context.newPage();
      await b.goto(a.url());
      await waitSaved(b);

      const inputOf = (page: typeof a) => question(page, NATIONAL_TEAM_COUNT).locator('input[type=number]');
      await inputOf(a).fill('9');
      await waitSaved(a);
      await expect.poll(() => inputOf(b).inputValue(), { timeout: 5000 }).toBe('9');

      await inputOf(b).fill('11');
      await waitSaved(b);
      await expect.poll(() => inputOf(a).inputValue(), { timeout: 5000 }).toBe('11');

      // Each tab edits a different question; both edits survive.
      await question(a, 'gov.national-team').getByRole('radio').nth(2).check();
      await question(b, 'gov.budget').getByRole('radio').nth(1).check();
      await waitSaved(a);
      await waitSaved(b);
      await a.reload();
      await waitSaved(a);
      expect(await question(a, 'gov.national-team').getByRole('radio').nth(2).isChecked()).toBe(true);
      expect(await question(a, 'gov.budget').getByRole('radio').nth(1).isChecked()).toBe(true);
      expect(await inputOf(a).inputValue()).toBe('11');
    } finally {
      await browser.close();
      await served.close();
      removeProfile(browser.profileDir);
    }
  });
});
