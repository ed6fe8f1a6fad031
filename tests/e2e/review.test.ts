import { describe, expect, it } from 'vitest';
import { collectErrors, seriousA11yViolations } from './harness';
import { useServedBrowser } from './use-served-browser';
import { openExampleReview } from './flows';

describe('expert review of the example assessment', () => {
  const env = useServedBrowser();

  it('explains the top priorities, takes two overrides with reasons (none without), and keeps them in the log after a reload', async () => {
    const page = await env.browser.page();
    const errors = collectErrors(page);
    await openExampleReview(page, 'Dr N. Expert', env.served.url);

    const rows = page.getByTestId('priority-row');
    await rows.first().waitFor();
    expect(await page.getByText(/^Priority = gap × risk × weight/).count()).toBe(1);
    expect(await page.getByRole('img', { name: 'Capacity by area' }).count()).toBe(1);
    expect(await page.getByRole('img', { name: 'Risk matrix' }).count()).toBe(1);
    const first = await rows.first().getByRole('button').textContent();

    // Why is the first one on top?
    await rows.first().getByRole('button').click();
    const detail = page.locator('.detail-row');
    // One formula, every factor with its value: gap × risk × weight × obligation × dependency × feasibility.
    expect(await detail.textContent()).toMatch(/\d+ × \d+ × [\d.]+ × [\d.]+ × [\d.]+ × [\d.]+ = [\d.]+/);
    expect(await detail.textContent()).toContain('the highest rated scenario');
    expect(await detail.textContent()).toContain('The answer behind it');

    // An override with no reason is refused.
    await detail.getByRole('button', { name: 'Record the decision' }).click();
    expect(await detail.getByRole('alert').textContent()).toBe(
      'Write the reason for this change: every override needs one.',
    );

    // Change the tier of the first one, with a reason.
    await detail.getByLabel('New tier').selectOption('medium');
    await detail
      .getByRole('group', { name: 'Change or comment' })
      .getByLabel('Reason (required)')
      .fill('Vetting programme already funded by the 2026 budget');
    await detail.getByRole('button', { name: 'Record the decision' }).click();
    await detail.getByText(/set by Dr N. Expert: “Vetting programme already funded/).waitFor();
    // The row moved far down: the reviewer is told where, and stays where they were.
    await page
      .locator('.moved-notice')
      .getByText(/moved from #1 to #\d+/)
      .waitFor();

    // The first one moved down to Medium; change the target of the new first one, with a reason.
    expect(await rows.first().getByRole('button').textContent()).not.toBe(first);
    await rows.first().getByRole('button').click();
    const second = page.locator('.detail-row');
    await second.getByLabel('Change the target').check();
    await second.getByLabel('New target level').selectOption('3');
    await second
      .getByRole('group', { name: 'Change or comment' })
      .getByLabel('Reason (required)')
      .fill('Level 3 is realistic within the plan period');
    await second.getByRole('button', { name: 'Record the decision' }).click();
    await second.getByText(/target set by a reviewer/).waitFor();

    // Filters
    await page.getByRole('group', { name: 'Filters' }).getByLabel('Tier').selectOption('medium');
    expect(await rows.allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining(first!.trim())]),
    );
    await page.getByRole('group', { name: 'Filters' }).getByLabel('Tier').selectOption('');
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.reload();
    await page.getByText(/^Review log \(2 decisions\)/).click();
    const log = page.locator('.log').last();
    expect(await log.textContent()).toContain('Dr N. Expert');
    expect(await log.textContent()).toContain('“Vetting programme already funded by the 2026 budget”');
    expect(await log.textContent()).toContain('“Level 3 is realistic within the plan period”');

    // The same, in Russian.
    await page.getByLabel('Language').selectOption('ru');
    await page.getByText(/^Журнал экспертизы \(2 решения\)/).waitFor();
    expect(await page.locator('.log').last().textContent()).toContain('уровень приоритета Высокий → Средний');
    expect(await page.getByText(/^Приоритет = разрыв × риск × вес/).count()).toBe(1);
    await page.getByLabel('Язык').selectOption('en');
    expect(errors).toEqual([]);
  });
});
