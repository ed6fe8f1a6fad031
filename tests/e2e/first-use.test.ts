import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sayWhoIsAnswering, waitSaved } from './flows';
import { collectErrors, question } from './harness';
import { useServedBrowser } from './use-served-browser';

/** A new user's first steps, through the UI only, at a person's pace. */
const ROSTER: [string, string, string, string][] = [
  ['Ministry of Health', 'MoH', 'Ministry of Health / public health authority', 'A. Asanova'],
  ['National Focal Point Office', 'NFP', 'National Focal Point and National Team secretariat', 'B. Bekov'],
  [
    'Department of Disease Prevention and Sanitary-Epidemiological Surveillance',
    'DDPSES',
    'Sanitary-epidemiological service',
    'C. Chynybaeva',
  ],
  ['State Customs Service', 'SCS', 'Customs service', 'D. Duishenov'],
  ['State Committee for National Security', 'SCNS', 'National security service', 'E. Erkinbaev'],
  ['Kyrgyz State Medical Academy', 'KSMA', '', 'F. Fedorova'],
];

async function typeAgency(page: Page, n: number, [name, acronym, role, focal]: (typeof ROSTER)[number]) {
  await page.getByRole('button', { name: 'Add an agency' }).click();
  const row = page.getByRole('group', { name: `Agency ${n}` });
  await row.getByLabel('Name', { exact: true }).pressSequentially(name, { delay: 15 });
  await row.getByLabel('Acronym').pressSequentially(acronym, { delay: 15 });
  if (role) await row.getByLabel('Role').selectOption({ label: role });
  await row.getByLabel('Focal person').pressSequentially(focal, { delay: 15 });
}

/** Types like a person who never pauses: a key every 60–120 ms (varying by a fixed pattern). */
async function typeSteadily(page: Page, text: string): Promise<void> {
  for (const [i, key] of [...text].entries()) {
    await page.keyboard.type(key);
    await page.waitForTimeout(60 + ((i * 37) % 61));
  }
}

describe('the first journey of a new user', () => {
  const env = useServedBrowser();

  it('creates an assessment with six agencies (one without a role), edits its profile, and finds every change after a reload', async () => {
    const page = await env.browser.page();
    const errors = collectErrors(page);
    await page.goto(env.served.url);
    await page.getByRole('link', { name: 'New assessment' }).click();
    await page.getByLabel('Title').pressSequentially('Kyrgyz Republic NAQ 2026', { delay: 15 });
    await page.getByLabel('Country').selectOption({ label: 'Kyrgyzstan' });
    // The horizon in use is shown as chosen.
    expect(await page.getByLabel('5 years (strategic plan)').isChecked()).toBe(true);
    for (const [i, agency] of ROSTER.entries()) await typeAgency(page, i + 1, agency);
    await page.getByRole('button', { name: 'Create and start filling in' }).click();
    await page.getByTestId('save-status').waitFor();
    await sayWhoIsAnswering(page, 'A. Asanova', 'MoH');
    const fillUrl = page.url();
    expect(fillUrl).toMatch(/#\/a\/[^/]+\/fill/);

    // Profile and team: every field changes, and the change is there after a reload.
    await page.getByRole('link', { name: 'profile and team' }).click();
    await page.getByLabel('Title').fill('Kyrgyz Republic NAQ 2026 (revised)');
    await page.getByLabel('Marking of documents').selectOption({ label: 'For official use only' });
    await page.getByLabel('1 year (operational plan)').check();
    await page
      .getByRole('group', { name: 'Agency 6' })
      .getByRole('button', { name: 'Remove agency 6' })
      .click();
    await typeAgency(page, 6, [
      'Ministry of Emergency Situations',
      'MES',
      'Ministry of Emergency Situations / civil protection',
      'G. Gulova',
    ]);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByTestId('profile-saved').waitFor();
    await page.reload();
    await page.getByLabel('Title').waitFor();
    expect(await page.getByLabel('Title').inputValue()).toBe('Kyrgyz Republic NAQ 2026 (revised)');
    expect(await page.getByLabel('Marking of documents').inputValue()).toBe('official-use');
    expect(await page.getByLabel('1 year (operational plan)').isChecked()).toBe(true);
    expect(
      await page.getByRole('group', { name: 'Agency 6' }).getByLabel('Name', { exact: true }).inputValue(),
    ).toBe('Ministry of Emergency Situations');
    expect(await page.getByRole('group', { name: /^Agency \d+$/ }).count()).toBe(6);
    expect(await page.getByRole('group', { name: 'Agency 5' }).getByLabel('Role').inputValue()).toBe(
      'security-service',
    );
    expect(errors).toEqual([]);
  });

  it('opens an area at the top, and "check this area" says what it found and goes to it', async () => {
    const page = await env.browser.page();
    await page.goto(env.served.url);
    await page.getByRole('link', { name: 'Assessments' }).click();
    await page.getByRole('link', { name: 'Continue' }).first().click();
    await page.getByTestId('save-status').waitFor();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    for (const shown of [page.locator('.crumbs'), page.getByTestId('save-status')])
      expect((await shown.boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await page.getByRole('button', { name: 'Check this area for problems' }).click();
    await page.getByText(/questions? in this area needs? attention|No problems in this area/).waitFor();
  });

  it.each(['reloaded', 'closed'] as const)(
    'keeps a comment typed without a pause for 5 s when the tab is %s within 100 ms of the last key',
    async (how) => {
      const page = await env.browser.page();
      await page.goto(env.served.url);
      await page.getByRole('link', { name: 'Continue' }).first().click();
      await waitSaved(page);
      const url = page.url();
      const q = question(page, 'gov.national-team');
      const comment = q.getByLabel('Comment');
      if (!(await comment.isVisible())) await q.getByText(/^Comment and evidence/).click();
      await comment.fill('');
      await waitSaved(page);
      await comment.click();
      const text = `Decree 214 (${how}) sets up the Team; ToR from 2021, reviewed yearly`;
      await typeSteadily(page, text);
      let again = page;
      if (how === 'reloaded') await page.reload();
      else {
        await page.close({ runBeforeUnload: true });
        again = await env.browser.context.newPage();
        await again.goto(url);
      }
      await waitSaved(again);
      const kept = question(again, 'gov.national-team');
      if (!(await kept.getByLabel('Comment').isVisible()))
        await kept.getByText(/^Comment and evidence/).click();
      expect(await kept.getByLabel('Comment').inputValue()).toBe(text);
    },
  );
});
