import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { collectErrors, seriousA11yViolations } from './harness';
import { useServedBrowser } from './use-served-browser';
import { openExampleReview } from './flows';

/** What the ranked list shows: each row's indicator, tier and rank range, in order. */
async function ranking(page: Page) {
  return page.getByTestId('priority-row').evaluateAll((rows) =>
    rows.map((r) => ({
      indicator: r.querySelector('.code')?.textContent ?? '',
      tier: r.querySelector('.tier-badge')?.textContent ?? '',
      stability: r.querySelector('[data-testid=stability-cell]')?.textContent ?? '',
    })),
  );
}

describe('review of risk itself, as a reviewer does it', () => {
  const env = useServedBrowser();

  it('re-rates a scenario with a reason, sees ranks, tiers and the sensitivity flags move, and finds it in the log after a reload — in English and Russian', async () => {
    const page = await env.browser.page();
    const errors = collectErrors(page);
    await openExampleReview(page, 'Dr A. Reviewer', env.served.url);
    await page.getByTestId('priority-row').first().waitFor();

    // The charts carry names and axis titles; the panel sees targets and effort per area.
    expect(await page.getByText('Impact →').count()).toBe(1);
    expect(await page.getByText('GOV Governance and coordination', { exact: true }).count()).toBeGreaterThan(
      0,
    );
    expect(await page.getByRole('img', { name: 'Recommended actions by area and tier' }).count()).toBe(1);
    expect(await page.getByTestId('area-effort').count()).toBeGreaterThan(10);
    const before = await ranking(page);
    expect(before.filter((r) => r.tier === 'High').length).toBeGreaterThan(0);

    // Pandemic influenza (rated 4 × 5 = 20) drives most risks in this file: the panel brings it down.
    const form = page.getByRole('form', { name: 'Re-rate the scenario' });
    await form.getByLabel('Scenario').selectOption('rsk.sc-pandemic');
    await form.getByLabel('Likelihood').selectOption('2');
    await form.getByLabel('Impact').selectOption('4');
    await form.getByRole('button', { name: 'Re-rate the scenario' }).click();
    expect(await form.getByRole('alert').textContent()).toBe(
      'Write the reason for this change: every override needs one.',
    );
    // typed as a person types
    await form
      .getByLabel('Reason (required)')
      .pressSequentially('Vaccination coverage above 80% since 2025', { delay: 70 });
    await form.getByRole('button', { name: 'Re-rate the scenario' }).click();
    const pandemic = page.getByTestId('scenario-row').filter({ hasText: 'Epidemic or pandemic' });
    await pandemic.getByText('(re-rated by a reviewer)').waitFor();
    expect(await pandemic.textContent()).toContain('likelihood 2 × impact 4 = 8');
    expect(await pandemic.textContent()).toContain('likelihood 4 × impact 5 = 20');

    const after = await ranking(page);
    expect(after.map((r) => r.indicator)).not.toEqual(before.map((r) => r.indicator));
    expect(after.map((r) => `${r.indicator} ${r.tier}`)).not.toEqual(
      before.map((r) => `${r.indicator} ${r.tier}`),
    );
    expect(after.map((r) => r.stability)).not.toEqual(before.map((r) => r.stability));
    expect(after.filter((r) => r.stability.includes('⚠')).length).toBeGreaterThan(0);

    // Why does the first one rank where it does, and how sure is that?
    await page.getByTestId('priority-row').first().getByRole('button').click();
    const detail = page.locator('.detail-row');
    expect(await detail.getByTestId('stability').textContent()).toMatch(
      /^rank 1; from 1 to \d+ when each factor varies/,
    );
    expect(await detail.textContent()).toContain('fallback: the questionnaire links no scenario');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.reload();
    await page.getByText(/^Review log \(1 decision\)/).click();
    const log = page.locator('.log').last();
    expect(await log.textContent()).toContain(
      'Dr A. Reviewer · scenario “Epidemic or pandemic of a new or re-emerging respiratory pathogen',
    );
    expect(await log.textContent()).toContain(
      're-rated the answers’ rating → 2 × 4: “Vaccination coverage above 80% since 2025”',
    );
    expect(await ranking(page)).toEqual(after);

    // In Russian: the log reads in Russian, and a second re-rating (back to the answers) is taken there.
    await page.getByLabel('Language').selectOption('ru');
    await page.getByText(/^Журнал экспертизы \(1 решение\)/).waitFor();
    expect(await page.locator('.log').last().textContent()).toContain('переоценён оценка из ответов → 2 × 4');
    const ru = page.getByRole('form', { name: 'Переоценить сценарий' });
    await ru.getByLabel('Сценарий').selectOption('rsk.sc-pandemic');
    await ru
      .getByLabel('Обоснование (обязательно)')
      .pressSequentially('Уточнено с Минздравом', { delay: 70 });
    await ru.getByRole('button', { name: 'Вернуть оценку из ответов' }).click();
    await page.getByText(/^Журнал экспертизы \(2 решения\)/).waitFor();
    expect(await page.locator('.log').last().textContent()).toContain(
      '2 × 4 → оценка из ответов: «Уточнено с Минздравом»',
    );
    expect(await ranking(page).then((r) => r.map((x) => x.indicator))).toEqual(
      before.map((r) => r.indicator),
    );
    await page.getByLabel('Язык').selectOption('en');
    expect(errors).toEqual([]);
  });
});
