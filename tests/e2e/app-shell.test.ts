import { describe, expect, it } from 'vitest';
import { collectErrors } from './harness';
import { useServedBrowser } from './use-served-browser';

describe('the built app, served on localhost, in Chromium', () => {
  const env = useServedBrowser();

  it('opens, lists the bundled questionnaires, switches language and registers the service worker', async () => {
    const page = await env.browser.page();
    const errors = collectErrors(page);
    await page.goto(env.served.url);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('CBRN NAP Builder');
    await page.getByRole('heading', { name: 'Questionnaires on this device' }).waitFor();
    await page.getByTestId('questionnaire-card').first().waitFor();
    const cards = await page.getByTestId('questionnaire-card').allTextContents();
    expect(cards.length).toBeGreaterThan(0);
    expect(cards.join('\n')).not.toContain('has problems');

    const russianWords = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((r) => r.name)
          .filter((n) => /\/assets\/ru-[\w-]+\.js$/.test(n)),
      );
    expect(await russianWords()).toEqual([]);
    await page.getByLabel('Language').selectOption('ru');
    await page.getByRole('heading', { name: 'Вопросники на этом устройстве' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ru');

    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(env.served.url);

    // Russian words are loaded only when Russian is chosen (the start words and those of the screen
    // open, here the home screen); a reload opens in Russian at once, with no English first, and the
    // words come from the device when offline.
    expect(await russianWords()).toHaveLength(2);
    await page.context().setOffline(true);
    await page.reload();
    await page.getByRole('heading', { name: 'Вопросники на этом устройстве' }).waitFor();
    expect(await page.getByText('Questionnaires on this device').count()).toBe(0);
    await page.context().setOffline(false);
    await page.getByLabel('Язык').selectOption('en');
    expect(errors).toEqual([]);
  });
});
