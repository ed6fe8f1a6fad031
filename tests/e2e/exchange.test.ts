import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessment, sayWhoIsAnswering, waitSaved } from './flows';
import {
  collectErrors,
  openBrowser,
  question,
  removeProfile,
  serveBuild,
  type Browser,
  type Served,
} from './harness';

const files = mkdtempSync(join(tmpdir(), 'exchange-'));

async function exportFile(page: Page, title: string, name: string, passphrase?: string): Promise<string> {
  await page.goto(page.url().split('#')[0]!);
  const card = page.getByTestId('assessment-card').filter({ hasText: title });
  await card.getByRole('button', { name: 'Export file…' }).click();
  const dialog = page.getByRole('dialog');
  if (passphrase) {
    await dialog.getByLabel('Passphrase (optional: encrypts the file)').fill(passphrase);
    await dialog.getByLabel('Passphrase again').fill(passphrase);
  }
  await dialog.getByRole('button', { name: 'Prepare the file' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('link', { name: /^Save / }).click(),
  ]);
  const path = join(files, name);
  copyFileSync(await download.path(), path);
  await dialog.getByRole('button', { name: 'Close' }).click();
  return path;
}

async function importFile(page: Page, path: string) {
  await page.getByLabel('Import an assessment or backup file…').setInputFiles(path);
}

describe('two agencies exchange work through files, offline and encrypted', () => {
  let served: Served;
  let nfp: Browser;
  let agency: Browser;
  beforeAll(async () => {
    served = await serveBuild();
    [nfp, agency] = await Promise.all([openBrowser(), openBrowser()]);
  });
  afterAll(async () => {
    await nfp?.close();
    await agency?.close();
    await served?.close();
    for (const b of [nfp, agency]) if (b) removeProfile(b.profileDir);
  });

  it('merges the other agency’s encrypted file with a conflict resolved, keeping both parts', async () => {
    // The National Focal Point answers governance.
    const a = await nfp.page();
    const errors = collectErrors(a);
    await a.goto(served.url);
    await createAssessment(a, { title: 'Kyrgyz Republic NAQ', agencies: [['Ministry of Health', 'MoH']] });
    await question(a, 'gov.nt-agencies').locator('input[type=number]').fill('14');
    await waitSaved(a);
    const first = await exportFile(a, 'Kyrgyz Republic NAQ', 'from-nfp.json');

    // The health ministry imports it, answers biosafety, and disagrees on governance.
    const b = await agency.page();
    await b.goto(served.url);
    await importFile(b, first);
    await b.getByRole('button', { name: 'Import as a new assessment' }).click();
    await sayWhoIsAnswering(b, 'M. Moh', 'MoH');
    await question(b, 'gov.nt-agencies').locator('input[type=number]').fill('15');
    await waitSaved(b);
    await b.getByRole('link', { name: /Biosafety/ }).click();
    await question(b, 'bsf.lab-count').locator('input[type=number]').fill('386');
    await waitSaved(b);
    const back = await exportFile(b, 'Kyrgyz Republic NAQ', 'from-moh.encrypted.json', 'moh passphrase 2026');

    // The NFP: a wrong passphrase changes nothing; the right one opens the file.
    await a.goto(served.url);
    await importFile(a, back);
    await a.getByLabel(/^Passphrase of/).fill('wrong passphrase');
    await a.getByRole('button', { name: 'Open', exact: true }).click();
    await a.getByText('Wrong passphrase, or the file is damaged.', { exact: false }).waitFor();
    // The file need not be chosen again: the passphrase field stays for another try.
    await a.getByLabel(/^Passphrase of/).fill('moh passphrase 2026');
    await a.getByRole('button', { name: 'Open', exact: true }).click();
    // The assessment the file came from is offered first, chosen already.
    const into = a.getByLabel('or merge into');
    expect(await into.locator('option:checked').textContent()).toBe(
      'Kyrgyz Republic NAQ (the same assessment)',
    );
    await a.getByRole('button', { name: 'Compare' }).click();
    const status = a.getByTestId('exchange-status');
    await status.getByText(/Merging: new answers 1 · equal \d+ · to decide 1/).waitFor();
    const conflict = status.getByRole('row', { name: /How many agencies/ });
    expect(await conflict.textContent()).toContain('14');
    expect(await conflict.textContent()).toContain('15');
    await conflict.getByRole('radio').nth(1).check();
    await status.getByRole('button', { name: 'Merge with these choices' }).click();
    await status.getByText('Merged. Your choices were applied; the review log has no duplicates.').waitFor();

    await a
      .getByTestId('assessment-card')
      .filter({ hasText: 'Kyrgyz Republic NAQ' })
      .getByRole('link', { name: 'Continue' })
      .click();
    await waitSaved(a);
    expect(await question(a, 'gov.nt-agencies').locator('input[type=number]').inputValue()).toBe('15');
    await a.getByRole('link', { name: /Biosafety/ }).click();
    expect(await question(a, 'bsf.lab-count').locator('input[type=number]').inputValue()).toBe('386');
    expect(errors).toEqual([]);
  });
});
