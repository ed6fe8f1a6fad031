import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sayWhoIsAnswering, waitSaved } from './flows';
import { collectErrors, question, seriousA11yViolations } from './harness';
import { useServedBrowser } from './use-served-browser';

const carried = (page: Page, id: string) => question(page, id).getByTestId('carried-answer');
/** A capacity question's level, as a person picks it (levels 1–5 are its first five choices). */
const pick = (page: Page, id: string, level: number) =>
  question(page, id)
    .getByRole('radio')
    .nth(level - 1)
    .check();

describe('re-assessing a country', () => {
  const env = useServedBrowser();

  it('starts from the example assessment, confirms one answer and changes three, compares then and now, and finds the comparison in the new plan', async () => {
    const page = await env.browser.page();
    const errors = collectErrors(page);
    const origin = env.served.url;
    await page.goto(origin);
    await page.getByRole('button', { name: 'Open the example assessment' }).click();
    await page.getByTestId('save-status').waitFor();
    await sayWhoIsAnswering(page, 'N. Coordinator', 'OCM');

    // From the home screen: "Re-assess" on the example's card opens the new assessment.
    await page.goto(origin);
    await page.getByTestId('assessment-card').first().getByRole('button', { name: 'Re-assess' }).click();
    await page
      .getByText(/re-assessment \d{4}/)
      .first()
      .waitFor();
    await page.getByTestId('save-status').waitFor();
    // Every answer came with it, marked with the day it describes until someone confirms or changes it.
    for (const id of [
      'gov.national-team',
      'gov.interagency-agreements',
      'gov.action-plan',
      'gov.plan-review',
      'gov.budget',
    ])
      expect(await carried(page, id).textContent()).toMatch(
        /^From the assessment of \d{2}\/\d{2}\/\d{4}: confirm it or change it\./,
      );
    expect(await question(page, 'gov.nt-agencies').locator('input[type=number]').inputValue()).toBe('14');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await carried(page, 'gov.plan-review').getByRole('button', { name: 'Still true' }).click();
    await carried(page, 'gov.plan-review').waitFor({ state: 'detached' });
    await pick(page, 'gov.national-team', 4);
    await pick(page, 'gov.interagency-agreements', 4);
    await pick(page, 'gov.action-plan', 3);
    await waitSaved(page);
    await page.reload();
    await page.getByTestId('save-status').waitFor();
    await waitSaved(page);
    // After a reload: confirmed and changed answers are the re-assessment's own; the rest still carried.
    for (const id of [
      'gov.national-team',
      'gov.interagency-agreements',
      'gov.action-plan',
      'gov.plan-review',
    ])
      expect(await carried(page, id).count(), id).toBe(0);
    expect(await carried(page, 'gov.budget').count()).toBe(1);
    expect(await carried(page, 'gov.international-coordination').count()).toBe(1);
    expect(await question(page, 'gov.plan-review').getByRole('radio').nth(1).isChecked()).toBe(true);

    // A value changed by mistake: its history holds the earlier one, by its author, and goes back to it.
    await pick(page, 'gov.budget', 5);
    await waitSaved(page);
    const budget = question(page, 'gov.budget');
    await budget.getByText('Earlier values').click();
    const history = budget.getByTestId('answer-history');
    expect(await history.locator('li').first().textContent()).toMatch(
      /^2 — .* \(by .+, .+\) Go back to this value$/,
    );
    await history.getByRole('button', { name: 'Go back to this value' }).first().click();
    await waitSaved(page);
    expect(await budget.getByRole('radio').nth(1).isChecked()).toBe(true);
    await page.reload();
    await waitSaved(page);
    expect(await question(page, 'gov.budget').getByRole('radio').nth(1).isChecked()).toBe(true);

    // The card says where it comes from and opens the comparison.
    await page.goto(origin);
    const card = page.getByTestId('assessment-card').filter({ hasText: /re-assessment \d{4}/ });
    expect(await card.getByTestId('reassessment-of').textContent()).toMatch(
      /^Re-assessment of “.+” \(answers of/,
    );
    await card.getByRole('link', { name: 'Compare with it' }).click();
    const summary = page.getByTestId('compare-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toMatch(
      /indicators compared — 3 higher, 0 lower, \d+ unchanged; 0 new in this questionnaire, 0 no longer asked\./,
    );
    const areas = page.getByTestId('compare-areas');
    expect(await areas.getByRole('row', { name: /^GOV / }).textContent()).toMatch(
      /GOV Governance.*2\.2.*2\.8\+0\.7/,
    );
    const indicators = page.getByTestId('compare-indicators');
    expect(await indicators.locator('tbody tr').count()).toBe(3);
    expect(await indicators.getByRole('row', { name: /^GOV\.1 / }).textContent()).toContain('3.04.0+1.0');
    // The chart's figures are also in its table, for a screen reader and for print.
    expect(await page.getByRole('img', { name: /^Capacity by area, / }).count()).toBe(1);
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('heading', { name: /^Тогда и сейчас: / }).waitFor();
    expect(await page.getByTestId('compare-summary').textContent()).toMatch(/выше — 3, ниже — 0/);
    expect(
      await page.getByTestId('compare-areas').getByRole('row', { name: /^GOV / }).textContent(),
    ).toContain('2,8');
    await page.getByLabel('Язык').selectOption('en');

    // The new plan's Word document reports the progress since the last assessment.
    await page.getByRole('link', { name: 'Draft plan' }).click();
    await page.getByTestId('plan-action').first().waitFor();
    await page.getByRole('button', { name: 'Prepare the plan (Word)' }).click();
    const [word] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /^Save .*-plan-en\.docx$/ }).click(),
    ]);
    const zip = await JSZip.loadAsync(readFileSync(await word.path()));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('4. Progress since the last assessment');
    expect(xml).toContain('Indicators that changed');
    for (const code of ['GOV.1', 'GOV.2', 'GOV.3']) expect(xml).toContain(code);
    expect(errors).toEqual([]);
  }, 180_000);
});
