import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectErrors } from './harness';
import { useServedBrowser } from './use-served-browser';
import { sayWhoIsAnswering } from './flows';

describe('the draft plan in Chromium', () => {
  const env = useServedBrowser();

  it('edits actions (a dropped one needs a reason), keeps the edits after a reload, and exports Word and a spreadsheet offline', async () => {
    const page = await env.browser.page();
    const errors = collectErrors(page);
    await page.goto(env.served.url);
    await page.evaluate(async () => navigator.serviceWorker.ready);
    await page.getByRole('button', { name: 'Open the example assessment' }).click();
    await page.getByTestId('save-status').waitFor();
    await sayWhoIsAnswering(page);
    await page.getByRole('link', { name: 'draft plan' }).click();
    const actions = page.getByTestId('plan-action');
    await actions.first().waitFor();

    // Rename the first action and drop the second — which needs a reason.
    const first = actions.nth(0);
    await first.getByRole('button', { name: 'Edit' }).click();
    await first
      .getByLabel('Action', { exact: true })
      .fill('Draft the national CBRN action plan with all 14 agencies');
    await first.getByRole('button', { name: 'Save' }).click();
    await first.getByText('edited').waitFor();
    const second = actions.nth(1);
    await second.getByRole('button', { name: 'Edit' }).click();
    await second.getByLabel('Status').selectOption('dropped');
    await second.getByRole('button', { name: 'Save' }).click();
    expect(await second.getByRole('alert').textContent()).toBe('Say why the action is dropped.');
    await second.getByLabel('Why it is dropped').fill('Covered by the EU CoE regional project');
    await second.getByRole('button', { name: 'Save' }).click();
    await second.getByText('Dropped: Covered by the EU CoE regional project').waitFor();

    // Offline from here on: the server is gone and the service worker serves the app. (DevTools'
    // offline emulation is not used here: it also blocks blob: URLs, which never touch the network.)
    await env.served.close();
    await page.reload();
    await actions.first().waitFor();
    expect(await actions.nth(0).textContent()).toContain(
      'Draft the national CBRN action plan with all 14 agencies',
    );
    expect(await actions.nth(1).textContent()).toContain('Covered by the EU CoE regional project');

    await page.getByRole('group', { name: 'Language of the document' }).getByLabel('Русский').check();
    await page.getByRole('button', { name: 'Prepare the plan (Word)' }).click();
    const [word] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /^Save .*-plan-ru\.docx$/ }).click(),
    ]);
    expect(word.suggestedFilename()).toMatch(/-plan-ru\.docx$/);
    const zip = await JSZip.loadAsync(readFileSync(await word.path()));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Draft the national CBRN action plan with all 14 agencies');
    expect(xml).toContain('Матрица мероприятий');
    expect(xml).toContain('Covered by the EU CoE regional project');

    // The Russian spreadsheet is large enough for the zip library to compress in a blob: worker.
    await page.getByRole('button', { name: 'Prepare the action matrix (spreadsheet)' }).click();
    const [sheet] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /^Save .*-actions-ru\.xlsx$/ }).click(),
    ]);
    const xlsx = await JSZip.loadAsync(readFileSync(await sheet.path()));
    expect(await xlsx.file('xl/worksheets/sheet1.xml')!.async('string')).toContain('<row ');
    expect(errors).toEqual([]);
  });
});
