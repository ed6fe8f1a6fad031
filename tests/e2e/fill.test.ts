import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectErrors, question } from './harness';
import { useServedBrowser } from './use-served-browser';
import { createAssessment, FULL_FEATURE, importQuestionnaire, waitSaved } from './flows';

describe('filling in an assessment in Chromium', () => {
  const env = useServedBrowser();

  it('imports a questionnaire, answers questions of every kind, and finds every answer after a reload', async () => {
    const page = await env.browser.page();
    const errors = collectErrors(page);
    await page.goto(env.served.url);
    expect(await importQuestionnaire(page, FULL_FEATURE)).toContain('questionnaire test-full 2.1.0 imported');
    await createAssessment(page, {
      title: 'Every kind',
      questionnaire: 'Full-feature test questionnaire 2.1.0 (imported)',
      agencies: [
        ['Ministry of Health', 'MoH'],
        ['State Customs Service', 'SCS'],
      ],
    });

    // capacity, with comment and evidence
    const authority = question(page, 'bio.authority');
    await authority.getByLabel('Authority designated by decree.').check();
    await authority.getByText('Comment and evidence').click();
    await authority.getByLabel('Comment').fill('Decree signed, staffing pending');
    await authority.getByLabel('Evidence').fill('Government Decree No. 12 of 2024-03-01');
    // yes/partly/no reveals the conditional group with the table and the single choice
    await question(page, 'bio.has-bsl3').getByLabel('Yes').check();
    const labs = question(page, 'bio.labs');
    await labs.getByRole('button', { name: 'Add a laboratory' }).click();
    await labs.getByLabel('Name — laboratory 1').fill('National Reference Laboratory');
    await labs.getByLabel('Agents — laboratory 1').fill('Y. pestis, B. anthracis');
    await labs.getByLabel('Staff — laboratory 1').fill('12');
    await labs.getByLabel('Last certified — laboratory 1').fill('2025-06-30');
    await labs.getByLabel('Audited — laboratory 1').selectOption('partly');
    await labs.getByLabel('Containment — laboratory 1').selectOption('heightened');
    await labs.getByLabel('Owner — laboratory 1').selectOption({ label: 'Ministry of Health (MoH)' });
    await question(page, 'bio.inventory').getByLabel('On paper').check();
    await question(page, 'bio.transport').getByLabel('Partly').check();
    const treaties = question(page, 'bio.treaties');
    await treaties.getByLabel('BWC').check();
    await treaties.getByLabel('CWC').check();
    // Dates are typed as the UI language writes them (the browser's date input follows its own locale).
    await question(page, 'bio.bwc-date').getByRole('textbox').pressSequentially('26/03/1975');
    await waitSaved(page);

    // the second area appears once bio.authority is answered
    await page.getByRole('link', { name: /Operations/ }).click();
    await question(page, 'ops.staff').locator('input[type=number]').fill('25');
    await question(page, 'ops.code').locator('input[type=text]').fill('AB-12');
    await question(page, 'ops.notes')
      .locator('textarea')
      .first()
      .fill('Plan approved in 2025.\nSecond line.');
    await question(page, 'ops.lead').locator('select').selectOption({ label: 'State Customs Service (SCS)' });
    await question(page, 'ops.support').getByLabel('Ministry of Health (MoH)').check();
    const risk = question(page, 'ops.risk-lab');
    await risk.getByLabel('Likelihood').selectOption('3');
    await risk.getByLabel('Impact').selectOption('4');
    await expect(risk.getByText('Risk 12 of 25').isVisible()).resolves.toBe(true);
    await question(page, 'ops.risk-chem').getByLabel("Don't know").check();
    await waitSaved(page);

    // Reopened on the second area: read with the area its conditions need (bio, for the area's own
    // condition on bio.authority) and their answers; the rest follows for the counts.
    await page.reload();
    await waitSaved(page);
    expect(await question(page, 'ops.staff').locator('input[type=number]').inputValue()).toBe('25');
    await page.locator('.overall').filter({ hasText: '100%' }).waitFor();
    expect(await page.locator('nav.area-nav .area-count').count()).toBe(2);
    expect(await question(page, 'ops.code').locator('input[type=text]').inputValue()).toBe('AB-12');
    expect(await question(page, 'ops.notes').locator('textarea').first().inputValue()).toBe(
      'Plan approved in 2025.\nSecond line.',
    );
    expect(await question(page, 'ops.lead').locator('select').inputValue()).not.toBe('');
    expect(await question(page, 'ops.support').getByLabel('Ministry of Health (MoH)').isChecked()).toBe(true);
    expect(await question(page, 'ops.risk-lab').getByLabel('Impact').inputValue()).toBe('4');
    expect(await question(page, 'ops.risk-chem').getByLabel("Don't know").isChecked()).toBe(true);

    await page.getByRole('link', { name: /Biosafety/ }).click();
    const again = question(page, 'bio.authority');
    expect(await again.getByLabel('Authority designated by decree.').isChecked()).toBe(true);
    expect(await again.getByLabel('Comment').inputValue()).toBe('Decree signed, staffing pending');
    expect(await again.getByLabel('Evidence').inputValue()).toBe('Government Decree No. 12 of 2024-03-01');
    expect(await question(page, 'bio.labs').getByLabel('Name — laboratory 1').inputValue()).toBe(
      'National Reference Laboratory',
    );
    expect(await question(page, 'bio.labs').getByLabel('Staff — laboratory 1').inputValue()).toBe('12');
    expect(await question(page, 'bio.labs').getByLabel('Containment — laboratory 1').inputValue()).toBe(
      'heightened',
    );
    expect(await question(page, 'bio.inventory').getByLabel('On paper').isChecked()).toBe(true);
    expect(await question(page, 'bio.transport').getByLabel('Partly').isChecked()).toBe(true);
    expect(await question(page, 'bio.treaties').getByLabel('CWC').isChecked()).toBe(true);
    expect(await question(page, 'bio.bwc-date').getByRole('textbox').inputValue()).toBe('26/03/1975');
    expect(await page.locator('.overall').textContent()).toContain('100%');

    // hiding keeps the answer: "no" hides the group; "yes" brings the table back filled in
    await question(page, 'bio.has-bsl3').getByLabel('No', { exact: true }).check();
    expect(await question(page, 'bio.labs').count()).toBe(0);
    await question(page, 'bio.has-bsl3').getByLabel('Yes').check();
    expect(await question(page, 'bio.labs').getByLabel('Name — laboratory 1').inputValue()).toBe(
      'National Reference Laboratory',
    );

    // The page holds the questionnaire in the language shown; another language chosen, it reads it again.
    await page.getByLabel('Language').selectOption('ru');
    await question(page, 'bio.authority').getByText('Национальный орган по биобезопасности').waitFor();
    await page.locator('nav.area-nav').getByText('Операции').waitFor();
    expect(await question(page, 'bio.authority').getByText('National biosafety authority').count()).toBe(0);
    await page.getByLabel('Язык').selectOption('en');
    await question(page, 'bio.authority').getByText('National biosafety authority').waitFor();
    expect(errors).toEqual([]);
  });

  it('opens any area of a large imported questionnaire with its texts, finds the texts of areas not on screen, and follows a switch of language', async () => {
    // The shipped questionnaire under an id of its own: imported, so read from the parts kept on the device.
    const naq = JSON.parse(readFileSync('questionnaires/cbrn-naq-1.1.0.json', 'utf8'));
    Object.assign(naq, { id: 'naq-copy', title: { en: 'Copy of the NAQ', ru: 'Копия вопросника' } });
    const file = join(mkdtempSync(join(tmpdir(), 'q-')), 'naq-copy-1.1.0.json');
    writeFileSync(file, JSON.stringify(naq));
    type Both = { en: string; ru: string };
    type Capacity = { id: string; code: string; title: Both; hint: Both };
    const firstCapacity = (areaId: string): Capacity & { levels: { descriptor: Both }[] } =>
      naq.areas
        .find((a: { id: string }) => a.id === areaId)
        .items.flatMap((i: { kind: string; questions?: unknown[] }) => i.questions ?? [i])
        .find((i: { kind: string }) => i.kind === 'capacity');
    const page = await env.browser.page();
    const errors = collectErrors(page);
    await page.goto(env.served.url);
    expect(await importQuestionnaire(page, file)).toContain('questionnaire naq-copy 1.1.0 imported');
    await createAssessment(page, {
      title: 'Large',
      questionnaire: 'Copy of the NAQ 1.1.0 (imported)',
      agencies: [['Ministry of Health', 'MoH']],
    });
    await page.reload();
    await page.locator('.area-nav .area-count').first().waitFor();
    // Far from the area opened (neither next nor before it): read when asked, with hint and levels.
    const chm = firstCapacity('chm');
    await page.getByRole('link', { name: /Chemical safety and security/ }).click();
    await question(page, chm.id).getByText(chm.hint.en).waitFor();
    await question(page, chm.id).getByLabel(chm.levels[0]!.descriptor.en).check();
    await waitSaved(page);
    // Search finds words of a level of an area the page has not opened.
    const int = firstCapacity('int');
    const words = int.levels[4]!.descriptor.en.split(' ').slice(0, 6).join(' ');
    await page.keyboard.press('Control+k');
    await page.getByRole('searchbox').pressSequentially(words, { delay: 20 });
    await page
      .getByTestId('search-results')
      .getByRole('link', { name: new RegExp(`^${int.code} `) })
      .waitFor();
    await page.keyboard.press('Escape');
    // Another language: the area shown is read again in it, the answer kept.
    await page.getByLabel('Language').selectOption('ru');
    await question(page, chm.id).getByText(chm.hint.ru).waitFor();
    expect(await question(page, chm.id).getByLabel(chm.levels[0]!.descriptor.ru).isChecked()).toBe(true);
    expect(await question(page, chm.id).getByText(chm.hint.en).count()).toBe(0);
    // The next area, read while the page was idle, in Russian too.
    const rn = firstCapacity('rn');
    await page
      .locator('nav.area-nav')
      .getByRole('link', { name: (naq.areas[7] as { title: Both }).title.ru })
      .click();
    await question(page, rn.id).getByText(rn.hint.ru).waitFor();
    await page.getByLabel('Язык').selectOption('en');
    await question(page, rn.id).getByText(rn.hint.en).waitFor();
    expect(errors).toEqual([]);
  });

  it('shows validation inline and lists unanswered required and invalid questions with links that jump to them', async () => {
    const page = await env.browser.page();
    await page.goto(env.served.url);
    await createAssessment(page, {
      title: 'Validation',
      questionnaire: 'Full-feature test questionnaire 2.1.0 (imported)',
    });
    await question(page, 'bio.authority').getByLabel('No authority.').check();
    await page.getByRole('link', { name: /Operations/ }).click();
    await question(page, 'ops.staff').locator('input[type=number]').fill('-3');
    await expect(question(page, 'ops.staff').getByRole('alert').textContent()).resolves.toContain(
      'Must be at least 0.',
    );
    await page.getByText(/^To do:/).click();
    const link = page.locator('.outstanding').getByRole('link', { name: /Trained responders/ });
    await page.getByRole('link', { name: /Biosafety/ }).click();
    await link.click();
    await page.waitForFunction(() => document.activeElement?.id === 'q-ops.staff');
    expect(page.url()).toContain('/fill/ops/ops.staff');
    await question(page, 'ops.staff').locator('input[type=number]').fill('5');
    await page.getByText('No required question is unanswered and no answer is invalid.').waitFor();
  });

  it('rejects an invalid questionnaire file with its path and message, and stores nothing', async () => {
    const page = await env.browser.page();
    await page.goto(env.served.url);
    const bad = JSON.parse(readFileSync(FULL_FEATURE, 'utf8'));
    bad.version = '3.0.0';
    bad.actions[0].leadRole = 'army';
    const file = join(mkdtempSync(join(tmpdir(), 'q-')), 'broken-questionnaire.json');
    writeFileSync(file, JSON.stringify(bad));
    const text = await importQuestionnaire(page, file);
    expect(text).toContain(
      'broken-questionnaire.json is not a valid questionnaire (1 error); nothing was stored',
    );
    expect(text).toContain('at $.actions[0].leadRole: unknown agency role "army"');
    expect(await page.getByRole('region', { name: 'Imported questionnaires' }).textContent()).not.toContain(
      '3.0.0',
    );
  });
});
