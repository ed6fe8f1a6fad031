import { expect } from 'vitest';
import type { Page } from 'playwright-core';

export const FULL_FEATURE = 'tests/fixtures/questionnaires/full-feature.json';

/** Imports a questionnaire file through the home screen's file picker and returns the result text. */
export async function importQuestionnaire(page: Page, file: string): Promise<string> {
  await page.getByLabel('Import a questionnaire file…').setInputFiles(file);
  const result = page.getByTestId('import-result');
  await result.waitFor();
  return (await result.textContent()) ?? '';
}

export async function createAssessment(
  page: Page,
  options: { title: string; questionnaire?: string; agencies?: [string, string][] },
): Promise<string> {
  await page.getByRole('link', { name: 'New assessment' }).click();
  await page.getByLabel('Title').fill(options.title);
  await page.getByLabel('Country').selectOption('KG');
  if (options.questionnaire)
    await page.getByLabel('Questionnaire').selectOption({ label: options.questionnaire });
  for (const [i, [name, acronym]] of (options.agencies ?? []).entries()) {
    await page.getByRole('button', { name: 'Add an agency' }).click();
    const row = page.getByRole('group', { name: `Agency ${i + 1}` });
    await row.getByLabel('Name', { exact: true }).fill(name);
    await row.getByLabel('Acronym').fill(acronym);
  }
  await page.getByRole('button', { name: 'Create and start filling in' }).click();
  await page.getByTestId('save-status').waitFor();
  await sayWhoIsAnswering(page);
  const id = /#\/a\/([^/]+)\/fill/.exec(page.url())?.[1];
  expect(id).toBeTruthy();
  return id!;
}

export async function waitSaved(page: Page): Promise<void> {
  // By its state rather than its words, which follow the UI language.
  await page.locator('[data-testid=save-status].save-saved').waitFor();
}

/** The first time the fill screen opens on a device it asks who is answering; a person answers it. */
export async function sayWhoIsAnswering(page: Page, name = 'A. Asanova', agency = 'MoH'): Promise<void> {
  const header = page.locator('.fill-header:not([data-author=loading])');
  await header.waitFor();
  // Asked once per device: a later assessment opens without asking.
  if ((await header.getAttribute('data-author')) === 'known') return;
  const dialog = page.getByTestId('identity-dialog');
  await dialog.waitFor();
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByLabel('Your agency (optional)').fill(agency);
  await dialog.getByRole('button', { name: 'Save and continue' }).click();
  await dialog.waitFor({ state: 'hidden' });
}

/** As a reviewer: name stamped on decisions, the example assessment opened, its review screen shown. */
export async function openExampleReview(page: Page, reviewer: string, origin: string): Promise<void> {
  await page.goto(`${origin}#/settings`);
  await page.getByLabel('Name stamped on your review decisions').fill(reviewer);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByText('Saved.').waitFor();
  await page.goto(origin);
  await page.getByRole('button', { name: 'Open the example assessment' }).click();
  await page.getByTestId('save-status').waitFor();
  await sayWhoIsAnswering(page);
  await page.getByRole('link', { name: 'review priorities' }).click();
  await page.getByTestId('priority-row').first().waitFor();
}

/** Opens the example assessment's draft plan from the home screen, as a person would. */
export async function openExamplePlan(page: Page, origin: string): Promise<void> {
  await page.goto(origin);
  await page.getByRole('button', { name: 'Open the example assessment' }).click();
  await page.getByTestId('save-status').waitFor();
  await sayWhoIsAnswering(page);
  await page.getByRole('link', { name: 'draft plan' }).click();
  await page.getByTestId('plan-action').first().waitFor();
}
