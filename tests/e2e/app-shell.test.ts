import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, openBrowser, removeProfile, serveBuild, type Browser, type Served } from './harness';

describe('the built app, served on localhost, in Chromium', () => {
  let served: Served;
  let browser: Browser;
  beforeAll(async () => {
    served = await serveBuild();
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
    if (browser) removeProfile(browser.profileDir);
  });

  it('opens, lists the bundled questionnaires, switches language and registers the service worker', async () => {
    const page = await browser.page();
    const errors = collectErrors(page);
    await page.goto(served.url);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('CBRN NAP Builder');
    await page.getByRole('heading', { name: 'Questionnaires on this device' }).waitFor();
    await page.getByTestId('questionnaire-card').first().waitFor();
    const cards = await page.getByTestId('questionnaire-card').allTextContents();
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.join('\n')).not.toContain('has problems');

    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('heading', { name: 'Вопросники на этом устройстве' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');

    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(served.url);
    expect(errors).toEqual([]);
  });
});
