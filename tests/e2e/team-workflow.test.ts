import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createAssessment, sayWhoIsAnswering } from './flows';
import { collectErrors, question, seriousA11yViolations } from './harness';
import { useServedBrowser } from './use-served-browser';

async function openExample(page: Page, origin: string) {
  await page.goto(origin);
  await page.getByRole('combobox', { name: /^(Language|Язык)/ }).selectOption('en');
  await page.getByRole('button', { name: 'Open the example assessment' }).click();
  await page.getByTestId('save-status').waitFor();
  await sayWhoIsAnswering(page, 'N. Coordinator', 'OCM');
}

describe('working as a national team', () => {
  const env = useServedBrowser();

  it('searches questions and answers from the keyboard and opens the one found, in English and Russian', async () => {
    const page = await env.browser.page();
    const errors = collectErrors(page);
    await openExample(page, env.served.url);
    // "/" from anywhere on the page (not while typing) goes to the search box.
    await page.getByRole('heading', { level: 2 }).first().click();
    await page.keyboard.press('/');
    const box = page.getByRole('searchbox', { name: 'Search the questionnaire and the answers' });
    expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.pressSequentially('autoclave', { delay: 60 });
    const results = page.getByTestId('search-results');
    await results.getByRole('link').first().waitFor();
    expect(
      await page
        .getByRole('status')
        .filter({ hasText: /questions? found/ })
        .textContent(),
    ).toMatch(/^\d+ questions? found$/);
    expect(await seriousA11yViolations(page)).toEqual([]);
    // A comment of the example answers is found too, with the words around it.
    await box.fill('');
    await box.pressSequentially('COVID-19 communication', { delay: 60 });
    const hit = results.getByRole('listitem').first();
    expect(await hit.textContent()).toMatch(/^RCM\.1 .* — comment: .*COVID-19 communication guidelines/);
    await hit.getByRole('link').click();
    await page.waitForURL(/#\/a\/[^/]+\/fill\/rcm\/rcm\./);
    await page.locator('[id="q-rcm.plan"], [id^="q-rcm."]').first().waitFor();
    expect(await page.getByRole('heading', { level: 2, name: /Risk communication/ }).count()).toBe(1);

    // Ctrl+K, in Russian, with ё typed as е.
    await page.getByRole('combobox', { name: /^Language/ }).selectOption('ru');
    await page.keyboard.press('Control+k');
    const ru = page.getByRole('searchbox', { name: 'Поиск по вопроснику и ответам' });
    await ru.pressSequentially('национальная группа', { delay: 60 });
    await page
      .getByTestId('search-results')
      .getByRole('link', { name: /^GOV\.1 / })
      .waitFor();
    expect(errors).toEqual([]);
  }, 120_000);

  it('lets the coordinator assign areas and a question to agencies with due days, and an agency show and export only its part', async () => {
    const page = await env.browser.page();
    const errors = collectErrors(page);
    await page.goto(env.served.url);
    await page.getByRole('combobox', { name: /^(Language|Язык)/ }).selectOption('en');
    // The person on this device is from MoH (said on first use, or here in the settings).
    await page.goto(`${env.served.url}#/settings`);
    await page.getByLabel('Name stamped on your answers').fill('A. Asanova');
    await page.getByLabel('Your agency, stamped with your name').fill('MoH');
    await page.getByRole('button', { name: 'Save' }).first().click();
    await page.getByText('Saved.').first().waitFor();
    await page.goto(env.served.url);
    await createAssessment(page, {
      title: 'Team workflow',
      agencies: [
        ['Ministry of Health', 'MoH'],
        ['State Customs Committee', 'SCC'],
      ],
    });
    const fillUrl = page.url();
    await page.getByRole('link', { name: 'profile and team' }).click();
    const panel = page.getByRole('region', { name: 'Who answers what' });
    await panel.getByLabel(/^Agency answering GOV /).selectOption({ label: 'MoH — Ministry of Health' });
    await panel.getByLabel(/^Answer GOV .* by$/).pressSequentially('01/02/2026', { delay: 30 });
    await panel.getByLabel(/^Agency answering BSF /).selectOption({ label: 'SCC — State Customs Committee' });
    await panel.getByLabel('Question to assign').selectOption({ index: 30 });
    const single = await panel.getByLabel('Question to assign').locator('option:checked').textContent();
    await panel
      .getByLabel('Agency answering the question')
      .selectOption({ label: 'MoH — Ministry of Health' });
    await panel.getByRole('button', { name: 'Assign the question' }).click();
    await panel.getByRole('button', { name: 'Save the assignments' }).click();
    await panel.getByText('Assignments saved.').waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    // After a reload the assignments are there, with each agency's progress and what is overdue.
    await page.reload();
    const again = page.getByRole('region', { name: 'Who answers what' });
    await again.getByTestId('assignment-progress').waitFor();
    expect(
      await again
        .getByLabel(/^Agency answering GOV /)
        .locator('option:checked')
        .textContent(),
    ).toBe('MoH — Ministry of Health');
    expect(await again.getByText(`${single!.slice(0, 40)}`, { exact: false }).count()).toBeGreaterThan(0);
    expect(await again.getByRole('row', { name: /^MoH — Ministry of Health/ }).textContent()).toMatch(
      /GOV.*0 of \d+.*01\/02\/2026overdue/,
    );
    expect(await again.getByTestId('overdue-assignments').textContent()).toContain(
      'MoH — Ministry of Health: GOV',
    );
    await page.goto(env.served.url);
    const card = page.getByTestId('assessment-card').filter({ hasText: 'Team workflow' });
    expect(await card.getByTestId('card-assignments').textContent()).toBe(
      'Assignments: 2 agencies; overdue: 1',
    );

    // The MoH user shows only MoH's questions: governance, and none of biosafety.
    await page.goto(fillUrl);
    await page.getByTestId('save-status').waitFor();
    const all = await page.locator('section.question').count();
    await page.getByLabel('Only my agency’s questions (MoH)').check();
    const mine = await page.locator('section.question').count();
    expect(mine).toBeGreaterThan(0);
    expect(mine).toBeLessThanOrEqual(all);
    await page
      .getByRole('link', { name: /Biosafety/ })
      .first()
      .click();
    await page.getByText('Nothing in this area is assigned to MoH.').waitFor();
    expect(await page.locator('section.question').count()).toBe(0);
    expect(await question(page, 'bsf.lab-count').count()).toBe(0);

    // Exporting "the areas assigned to MoH" ticks its areas: governance and the single question's area.
    await page.goto(env.served.url);
    await card.getByRole('button', { name: 'Export file…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('The areas assigned to').selectOption({ label: 'MoH' });
    const ticked = await dialog
      .locator('.area-choices input:checked')
      .evaluateAll((els) => els.map((el) => el.parentElement!.textContent.trim().split(' ')[0]));
    expect(ticked).toContain('GOV');
    expect(ticked).not.toContain('BSF');
    await dialog.getByRole('button', { name: 'Close' }).click();

    // The questionnaire as a document: MoH's part, blank, in Russian, for its workshop.
    await card.getByRole('link', { name: 'Profile and team' }).click();
    const qdoc = page.getByRole('region', { name: 'The questionnaire as a document' });
    await qdoc.getByLabel('Русский').check();
    await qdoc.getByLabel('Areas').selectOption({ label: 'The part of MoH' });
    await qdoc.getByRole('button', { name: 'Prepare the questionnaire (Word)' }).click();
    const [word] = await Promise.all([
      page.waitForEvent('download'),
      qdoc.getByRole('link', { name: /-questionnaire-MoH-ru\.docx$/ }).click(),
    ]);
    const xml = await (
      await JSZip.loadAsync(readFileSync(await word.path()))
    )
      .file('word/document.xml')!
      .async('string');
    expect(xml).toContain('Как отвечать');
    expect(xml).toContain('Часть, закреплённая за ведомством MoH.');
    expect(xml).toContain('GOV.1');
    expect(xml).not.toContain('BSF.1 ');
    await qdoc.getByRole('button', { name: 'Prepare the questionnaire (page to print)' }).click();
    const [html] = await Promise.all([
      page.waitForEvent('download'),
      qdoc.getByRole('link', { name: /-questionnaire-MoH-ru\.html$/ }).click(),
    ]);
    expect(readFileSync(await html.path(), 'utf8')).toMatch(/^<!doctype html>[\s\S]*Как отвечать/);
    expect(errors).toEqual([]);
  }, 120_000);

  it('says what each screen is for and what happens to its data, and prints the fill screen without the screen furniture', async () => {
    const page = await env.browser.page();
    await openExample(page, env.served.url);
    const help = page.getByTestId('screen-help');
    await help.getByText('About this screen').click();
    expect(await help.textContent()).toContain('Each change is kept on this device at once');
    for (const [link, words] of [
      ['review priorities', 'Every decision is added to the review log'],
      ['draft plan', 'An adopted version is frozen'],
    ] as const) {
      await page.getByRole('link', { name: link }).first().click();
      const h = page.getByTestId('screen-help');
      await h.getByText('About this screen').click();
      expect(await h.textContent()).toContain(words);
      await page.goBack();
    }
    await page.getByTestId('save-status').waitFor();
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      ['.app-header', '.area-nav', '.search-box', '[data-testid=save-status]', '.screen-help'].map(
        (s) => getComputedStyle(document.querySelector(s)!).display,
      ),
    );
    expect(hidden).toEqual(['none', 'none', 'none', 'none', 'none']);
    // One column, and no question's box overlaps the next.
    const boxes = await page.locator('section.question').evaluateAll((els) =>
      els.slice(0, 12).map((el) => {
        const r = el.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left };
      }),
    );
    for (let i = 1; i < boxes.length; i++)
      expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom - 0.5);
    // The questions take the page's width: the area list no longer stands beside them.
    for (const b of boxes) expect(b.left).toBeLessThan(120);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.emulateMedia({ media: 'screen' });
  }, 120_000);
});
