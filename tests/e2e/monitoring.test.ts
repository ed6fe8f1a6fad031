import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { collectErrors, seriousA11yViolations } from './harness';
import { openExamplePlan } from './flows';
import { useServedBrowser } from './use-served-browser';
import { pdfPages, wordToPdf } from '../builders/pdf';

/** Records one update on the n-th action of the monitoring table, through its form. */
async function record(
  page: Page,
  n: number,
  fill: { status: string; progress?: string; spent?: string; reason?: string },
): Promise<Locator> {
  const row = page.locator('tr[data-action]').nth(n);
  await row.getByRole('button', { name: 'Record an update' }).click();
  const form = page.getByRole('form', { name: /^Update of / });
  await form.getByLabel('Status').selectOption({ label: fill.status });
  if (fill.progress) await form.getByLabel('Progress (%)').fill(fill.progress);
  if (fill.spent) await form.getByLabel('Spent to date (EUR)').fill(fill.spent);
  if (fill.reason) await form.getByLabel(/^Reason/).fill(fill.reason);
  await form.getByRole('button', { name: 'Save the update' }).click();
  return form;
}

describe('the plan cycle in Chromium', () => {
  const env = useServedBrowser();

  it('adopts the example plan, records updates on five actions over two quarters (one delayed needs its reason), finds the dashboard after a reload in English and Russian, and exports the quarter’s progress report offline in Russian (read in LibreOffice)', async () => {
    const page = await env.browser.page();
    const errors = collectErrors(page);
    await openExamplePlan(page, env.served.url);

    // Adopt: the adopting body is required.
    const adopt = page.getByRole('region', { name: 'Adoption' });
    await adopt.getByRole('button', { name: 'Adopt as version 1' }).click();
    expect(await adopt.getByRole('alert').textContent()).toBe('Say which body adopted the plan.');
    await adopt.getByLabel('Adopting body').fill('Cabinet of Ministers of the Kyrgyz Republic');
    await adopt.getByLabel('Decision (number or title, optional)').fill('Decree No. 214');
    await adopt.getByRole('button', { name: 'Adopt as version 1' }).click();
    await adopt
      .getByText(/^Version 1, adopted on .* by Cabinet of Ministers of the Kyrgyz Republic: \d+ actions/)
      .waitFor();
    await adopt.getByText('The draft is the same as version 1.').waitFor();
    await adopt.getByRole('link', { name: 'Monitor the implementation of the adopted plan' }).click();

    // First quarter of the plan.
    await page.getByRole('heading', { name: /^Monitoring: / }).waitFor();
    expect(await page.getByTestId('plan-light').textContent()).toContain('Grey — no report yet');
    const period = page.getByLabel('Reporting period');
    const quarters = await period
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    await period.selectOption(quarters[0]!);
    await record(page, 0, { status: 'On track', progress: '40', spent: '20 000' });
    await record(page, 1, { status: 'On track', progress: '25' });
    const delayed = await record(page, 2, { status: 'Delayed', progress: '10' });
    // A delayed action without a reason is refused, and says why.
    expect(await delayed.getByRole('alert').textContent()).toContain('a delayed action needs a reason');
    await delayed.getByLabel(/^Reason/).fill('The laboratory building is not ready');
    await delayed.getByRole('button', { name: 'Save the update' }).click();
    await delayed.waitFor({ state: 'detached' });

    // Second quarter: two more actions, one done.
    await period.selectOption(quarters[1]!);
    await record(page, 3, { status: 'Done', spent: '35000' });
    await record(page, 4, { status: 'At risk', progress: '5', reason: 'Funding not yet confirmed' });
    await page.locator('tr[data-action]').nth(4).getByText('Funding not yet confirmed').waitFor();

    // After a reload the reports are there, and the dashboard says what they add up to.
    await page.reload();
    await page.getByLabel('Reporting period').selectOption(quarters[1]!);
    const light = page.getByTestId('plan-light');
    await light.getByText(/1 done, 2 on track, 2 delayed or at risk/).waitFor();
    expect(await light.locator('[data-light]').getAttribute('data-light')).not.toBe('grey');
    expect(await page.locator('tr[data-action]').nth(2).textContent()).toContain(
      'The laboratory building is not ready',
    );
    expect(
      await page.getByRole('table', { name: 'By objective' }).locator('[data-light]').count(),
    ).toBeGreaterThan(0);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page
      .getByRole('table', { name: /^Planned cost, the part due by/ })
      .getByText('55,000 EUR')
      .first()
      .waitFor();

    // The same in Russian.
    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('heading', { name: /^Мониторинг: / }).waitFor();
    await page
      .getByTestId('plan-light')
      .getByText(/выполнено — 1, по графику — 2, с задержкой или под угрозой — 2/)
      .waitFor();
    await page
      .getByText(/55\s000 EUR/)
      .first()
      .waitFor();

    // Offline (the server is gone; the service worker serves the app), the coordinator exports the
    // second quarter's progress report in Russian, and it reads in LibreOffice.
    await env.served.close();
    await page.reload();
    await page.getByLabel('Отчётный период').selectOption(quarters[1]!);
    const exporter = page.getByRole('region', { name: 'Отчёт о ходе выполнения' });
    expect(await exporter.getByLabel('Русский').isChecked()).toBe(true);
    await exporter.getByRole('button', { name: 'Подготовить отчёт о ходе выполнения (Word)' }).click();
    const [word] = await Promise.all([
      page.waitForEvent('download'),
      exporter.getByRole('link', { name: /-progress-\d{4}-\d{2}-\d{2}-ru\.docx$/ }).click(),
    ]);
    const dir = mkdtempSync(join(tmpdir(), 'progress-e2e-'));
    const docx = join(dir, 'progress.docx');
    await word.saveAs(docx);
    const text = pdfPages(wordToPdf(docx, dir)).join(' ').replace(/\s+/g, ' ');
    expect(text).toContain('Отчёт о ходе выполнения Национального плана действий по ХБРЯ');
    expect(text).toContain('Cabinet of Ministers of the Kyrgyz Republic');
    // The second quarter: the reasons of the delayed and the at-risk action, Russian quarters, no English headings.
    expect(text).toMatch(/II кв\. \d{4}/);
    expect(text).toContain('The laboratory building is not ready');
    expect(text).toContain('Funding not yet confirmed');
    expect(text).toMatch(/55\s000 EUR/);
    for (const english of ['Summary', 'Status by objective', 'Budget planned'])
      expect(text).not.toContain(english);
    await exporter.getByRole('button', { name: 'Подготовить таблицу мероприятий' }).click();
    const [sheet] = await Promise.all([
      page.waitForEvent('download'),
      exporter.getByRole('link', { name: /-ru\.xlsx$/ }).click(),
    ]);
    const xlsx = await JSZip.loadAsync(readFileSync(await sheet.path()));
    expect(await xlsx.file('xl/sharedStrings.xml')!.async('string')).toContain('Funding not yet confirmed');
    expect(errors).toEqual([]);
  }, 180_000);
});
