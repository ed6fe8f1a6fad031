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

  it('lets a drafter rename an objective, move an indicator, edit a results-framework row and set a funding source, then export Word in both languages offline', async () => {
    const page = await env.browser.page();
    const errors = collectErrors(page);
    await page.goto(env.served.url);
    await page.evaluate(async () => navigator.serviceWorker.ready);
    await page.getByRole('button', { name: 'Open the example assessment' }).click();
    await page.getByTestId('save-status').waitFor();
    await sayWhoIsAnswering(page);
    await page.getByRole('link', { name: 'draft plan' }).click();
    const objectives = page.getByTestId('objective');
    await objectives.first().waitFor();

    // Rename objective 2.
    const second = objectives.nth(1);
    await second.getByLabel('Title of objective 2').fill('Safe and secure laboratories');
    await second.getByRole('button', { name: 'Rename' }).click();
    await page
      .getByLabel('Title of objective 2')
      .and(page.locator('[value="Safe and secure laboratories"]'))
      .waitFor();

    // Move the first indicator of objective 2 to objective 1.
    await objectives.nth(1).locator('summary').click();
    const move = objectives
      .nth(1)
      .getByLabel(/^Objective of /)
      .first();
    const code = (await move.evaluate((el) => el.closest('label')!.textContent))
      .replace('Objective of ', '')
      .split(/\s/)[0]!;
    await move.selectOption({ index: 0 });
    await objectives.nth(0).locator('summary').click();
    await objectives.nth(0).getByLabel(`Objective of ${code}`).waitFor();

    // Edit the results-framework row of objective 1.
    await page.getByRole('button', { name: 'Edit results-framework row 1' }).click();
    const row = page.getByRole('group', { name: 'Edit results-framework row 1' });
    await row
      .getByLabel('Means of verification')
      .fill('Annual report of the National Focal Point to the Government');
    await row.getByLabel('Reporting').selectOption('semiannual');
    await row.getByRole('button', { name: 'Save' }).click();
    await page
      .getByRole('cell', { name: 'Annual report of the National Focal Point to the Government' })
      .waitFor();

    // A funding source for the first action.
    const action = page.getByTestId('plan-action').first();
    await action.getByRole('button', { name: 'Edit' }).click();
    await action.getByLabel('Funding source').selectOption('coe');
    await action.getByRole('button', { name: 'Save' }).click();
    await action.getByText('edited').waitFor();

    await env.served.close();
    await page.reload();
    await objectives.first().waitFor();
    expect(await page.getByLabel('Title of objective 2').inputValue()).toBe('Safe and secure laboratories');

    const exported: Record<string, string> = {};
    for (const [language, label] of [
      ['en', 'English'],
      ['ru', 'Русский'],
    ] as const) {
      await page.getByRole('group', { name: 'Language of the document' }).getByLabel(label).check();
      await page.getByRole('button', { name: 'Prepare the plan (Word)' }).click();
      const [word] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: new RegExp(`^Save .*-plan-${language}\\.docx$`) }).click(),
      ]);
      const zip = await JSZip.loadAsync(readFileSync(await word.path()));
      exported[language] = await zip.file('word/document.xml')!.async('string');
    }
    expect(exported.en).toContain('Objective 2. Safe and secure laboratories');
    expect(exported.en).toContain('Annual report of the National Focal Point to the Government');
    expect(exported.en).toContain('EU CBRN CoE project');
    expect(exported.en).toContain('Every six months');
    // In Russian, the drafter's English words are marked as untranslated.
    expect(exported.ru).toContain('Цель 2. [EN] Safe and secure laboratories');
    expect(exported.ru).toContain('[EN] Annual report of the National Focal Point to the Government');
    expect(exported.ru).toContain('Проект ЦПО ЕС по ХБРЯ');
    expect(exported.ru).toContain('Раз в полгода');
    expect(errors).toEqual([]);
  });
});
