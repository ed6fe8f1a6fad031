import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { waitSaved } from './flows';
import { collectErrors, question } from './harness';
import { useServedBrowser } from './use-served-browser';

/**
 * A new user who works in Russian, from an empty device to the Word plan, through the UI only:
 * every question kind of the bundled questionnaire is answered as a person would.
 */
describe('the whole journey in Russian', () => {
  const env = useServedBrowser();

  it('creates an assessment with its team, answers every kind of question, reviews, drafts the plan and exports it in Word', async () => {
    const page = await env.browser.page();
    const errors = collectErrors(page);
    await page.goto(env.served.url);
    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('link', { name: 'Новая оценка' }).click();
    await page.getByLabel('Название оценки').pressSequentially('Оценка потребностей КР 2026', { delay: 10 });
    await page.getByLabel('Страна').selectOption({ label: 'Кыргызстан' });
    const agencies: [string, string, string][] = [
      [
        'Министерство здравоохранения',
        'МЗ',
        'Министерство здравоохранения / орган общественного здравоохранения',
      ],
      ['Государственная таможенная служба', 'ГТС', 'Таможенная служба'],
      ['Кыргызская государственная медицинская академия', 'КГМА', ''],
    ];
    for (const [i, [name, acronym, role]] of agencies.entries()) {
      await page.getByRole('button', { name: 'Добавить ведомство' }).click();
      const row = page.getByRole('group', { name: `Ведомство ${i + 1}` });
      await row.getByLabel('Название', { exact: true }).pressSequentially(name, { delay: 5 });
      await row.getByLabel('Сокращение').pressSequentially(acronym, { delay: 5 });
      if (role) await row.getByLabel('Роль').selectOption({ label: role });
    }
    await page.getByRole('button', { name: 'Создать и начать заполнение' }).click();
    const who = page.getByTestId('identity-dialog');
    await who.getByLabel('Ваше имя').fill('А. Асанова');
    await who.getByLabel('Ваше ведомство (необязательно)').fill('МЗ');
    await who.getByRole('button', { name: 'Сохранить и продолжить' }).click();

    // Управление: capacity, number, agency, multiple choice
    await question(page, 'gov.national-team').getByRole('radio').nth(2).check();
    await question(page, 'gov.nt-agencies').getByRole('spinbutton').pressSequentially('12');
    await question(page, 'gov.nfp-agency')
      .getByRole('combobox')
      .selectOption({ label: 'Министерство здравоохранения (МЗ)' });
    await question(page, 'gov.plans').getByRole('checkbox').first().check();
    const comment = question(page, 'gov.national-team');
    await comment.getByText(/^Комментарий и подтверждение/).click();
    await comment
      .getByLabel('Комментарий')
      .pressSequentially('Постановление № 214 от 2021 г.', { delay: 10 });
    await waitSaved(page);
    expect(await page.getByTestId('save-status').textContent()).toBe('Все изменения сохранены на устройстве');

    // Правовая база: a table with a date cell typed as Russians write dates
    await page.getByRole('link', { name: /Правовая и нормативная база/ }).click();
    const table = question(page, 'leg.instruments');
    await table.getByRole('button', { name: 'Добавить строку' }).click();
    await table.getByLabel(/^Название и номер — правовой акт 1/).pressSequentially('Закон о биобезопасности');
    await table.getByLabel(/^Дата принятия — правовой акт 1/).pressSequentially('15.03.2019');
    await waitSaved(page);

    // Оценка рисков: date, risk, long text
    await page.getByRole('link', { name: /Оценка рисков и угроз/ }).click();
    await question(page, 'rsk.last-approved').getByRole('textbox').pressSequentially('01.06.2023');
    const risk = question(page, 'rsk.sc-lab-release');
    await risk.getByLabel('Вероятность').selectOption('3');
    await risk.getByLabel('Последствия').selectOption('4');
    await risk.getByText('Риск 12 из 25').waitFor();
    await question(page, 'rsk.sc-other').getByRole('textbox').pressSequentially('Паводок у хвостохранилища');
    await waitSaved(page);

    // Биобезопасность: yes/partly/no; эпиднадзор: single choice; коммуникация: short text
    await page
      .getByRole('link', { name: /Биобезопасность/ })
      .first()
      .click();
    await question(page, 'bsf.high-risk-labs').getByLabel('Да', { exact: true }).check();
    await page.getByRole('link', { name: /Обнаружение, эпиднадзор и лаборатории/ }).click();
    await question(page, 'dsl.reporting-platform').getByRole('radio').nth(1).check();
    await page.getByRole('link', { name: /Коммуникация рисков/ }).click();
    await question(page, 'rcm.languages').getByRole('textbox').pressSequentially('кыргызский, русский');
    await waitSaved(page);

    // Everything is there after a reload, dates in Russian form.
    await page.reload();
    await waitSaved(page);
    expect(await question(page, 'rcm.languages').getByRole('textbox').inputValue()).toBe(
      'кыргызский, русский',
    );
    await page.getByRole('link', { name: /Оценка рисков и угроз/ }).click();
    expect(await question(page, 'rsk.last-approved').getByRole('textbox').inputValue()).toBe('01.06.2023');

    // Экспертиза
    await page.getByRole('link', { name: 'приоритеты и экспертиза' }).click();
    const rows = page.getByTestId('priority-row');
    await rows.first().waitFor();
    expect(await page.getByText(/^Приоритет = /).count()).toBeGreaterThan(0);
    await rows.first().getByRole('button').click();
    expect(await page.locator('.detail-row').textContent()).toContain('Ответ дал(а) А. Асанова (МЗ)');

    // Проект плана and the Word document in Russian
    await page.getByRole('link', { name: 'проект плана' }).first().click();
    await page.getByTestId('plan-action').first().waitFor();
    await page.getByRole('group', { name: 'Язык документа' }).getByLabel('Русский').check();
    await page.getByRole('button', { name: 'Подготовить план (Word)' }).click();
    const [word] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /\.docx$/ }).click(),
    ]);
    const zip = await JSZip.loadAsync(readFileSync(await word.path()));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Кыргызстан');
    expect(xml).toContain('Постановление № 214 от 2021 г.');
    expect(xml).not.toMatch(/\d\.\d (?:из|млн)/);
    expect(errors).toEqual([]);
  });
});
