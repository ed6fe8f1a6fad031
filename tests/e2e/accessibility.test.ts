import { describe, expect, it } from 'vitest';
import { createAssessment } from './flows';
import { seriousA11yViolations } from './harness';
import { useServedBrowser } from './use-served-browser';

describe('accessibility (axe): no serious or critical violations', () => {
  const env = useServedBrowser();

  it('on the home, new assessment, filling and settings screens, in English and Russian', async () => {
    const page = await env.browser.page();
    await page.goto(env.served.url);
    await page.getByRole('heading', { name: 'Questionnaires on this device' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'New assessment' }).click();
    await page.getByRole('button', { name: 'Add an agency' }).click();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.goto(env.served.url);

    await createAssessment(page, { title: 'Axe', agencies: [['Ministry of Health', 'MoH']] });
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('link', { name: /Biosafety/ }).click();
    await page.locator('[id="q-bsf.high-risk-labs"]').getByLabel('Yes').check();
    await page.locator('[id="q-bsf.high-risk-lab-list"]').getByRole('button', { name: /Add/ }).click();
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('link', { name: /Risk and threat/ }).click();
    expect(await seriousA11yViolations(page)).toEqual([]);

    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('link', { name: 'Настройки и хранение данных' }).click();
    await page.getByRole('heading', { name: 'Где хранятся ваши данные' }).waitFor();
    expect(await seriousA11yViolations(page)).toEqual([]);
  });

  it('lets a keyboard user skip the header: the first Tab reaches the skip link, which moves focus to the main content', async () => {
    const page = await env.browser.page();
    await page.goto(env.served.url);
    await page.getByLabel(/Language|Язык/).selectOption('en');
    await page.getByRole('heading', { name: 'Questionnaires on this device' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Questionnaires on this device' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});
