import { describe, expect, it } from 'vitest';
import { collectErrors, question } from './harness';
import { useServedBrowser } from './use-served-browser';
import { createAssessment, waitSaved } from './flows';

describe('moving an assessment to questionnaire 1.1.0, as a national coordinator does', () => {
  const env = useServedBrowser();

  it('shows what the move does, moves on confirmation, marks the new questions, and keeps the 1.0.0 assessment to go back to', async () => {
    const page = await env.browser.page();
    const errors = collectErrors(page);
    await page.goto(env.served.url);
    await createAssessment(page, {
      title: 'Kyrgyz Republic 2026',
      questionnaire: 'CBRN Needs Assessment Questionnaire 1.0.0',
      agencies: [['Ministry of Health', 'MoH']],
    });
    const team = question(page, 'gov.national-team');
    await team.locator('input[type=radio][value="2"]').check();
    await team.getByText('Comment and evidence').click();
    await team.getByLabel('Comment').pressSequentially('Decree No. 214 names 14 agencies', { delay: 70 });
    await waitSaved(page);

    await page.goto(env.served.url);
    const card = page.getByTestId('assessment-card').filter({ hasText: 'Kyrgyz Republic 2026' });
    await card.getByRole('button', { name: 'Move to 1.1.0…' }).click();
    const dialog = page.getByTestId('move-dialog');
    const summary = dialog.getByTestId('move-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain(
      '1 answer is carried, with its author, time, comment and evidence.',
    );
    expect(await summary.textContent()).toMatch(/\d+ questions are new in this version/);
    expect(await dialog.textContent()).toContain('The assessment on 1.0.0 is kept as it is');
    await dialog.getByRole('button', { name: 'Move to 1.1.0' }).click();

    // The moved assessment opens: the answer is there, with its comment.
    await page.waitForURL(/#\/a\/[^/]+\/fill/);
    const moved = question(page, 'gov.national-team');
    await moved.waitFor();
    expect(await moved.locator('input[type=radio][value="2"]').isChecked()).toBe(true);
    // 1.1.0 states its rating rule with every capacity question.
    expect(await moved.locator('.rating-rule').textContent()).toContain('Levels are cumulative');
    // Notes holding text open by themselves once the answer is shown; otherwise open them.
    if (!(await moved.getByLabel('Comment').isVisible()))
      await moved.getByText('Comment and evidence').click();
    expect(await moved.getByLabel('Comment').inputValue()).toBe('Decree No. 214 names 14 agencies');
    // A question new in 1.1.0 is marked new until answered.
    await page
      .getByRole('link', { name: /Legal and regulatory framework/ })
      .first()
      .click();
    const fresh = question(page, 'leg.proliferation-financing');
    await fresh.getByTestId('new-question').waitFor();
    expect(await fresh.getByTestId('new-question').textContent()).toBe('New in 1.1.0');

    // Going back: the 1.0.0 assessment is still on the home screen, whole, and says where it went.
    await page.goto(env.served.url);
    const cards = page.getByTestId('assessment-card').filter({ hasText: 'Kyrgyz Republic 2026' });
    await cards.nth(1).waitFor();
    expect(await cards.count()).toBe(2);
    const kept = cards.filter({ has: page.getByTestId('moved-to') });
    expect(await kept.getByTestId('moved-to').textContent()).toContain(
      'The copy kept on version 1.0.0: moved to 1.1.0',
    );
    expect(await kept.getByRole('button', { name: /Move to/ }).count()).toBe(0);
    await kept.getByRole('link', { name: 'Continue' }).click();
    const original = question(page, 'gov.national-team');
    await original.waitFor();
    expect(await original.locator('input[type=radio][value="2"]').isChecked()).toBe(true);
    expect(errors).toEqual([]);
  });
});
