import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * A Word file as PDF through LibreOffice (Debian's libreoffice-writer-nogui, which .ci/run installs),
 * with a profile of its own in `dir`, written beside the file; returns the PDF's path.
 */
export function wordToPdf(docx: string, dir: string): string {
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p)) ?? 'soffice';
  execFileSync(
    soffice,
    [
      '--headless',
      `-env:UserInstallation=file://${dir}/profile`,
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      docx,
    ],
    { timeout: 180_000, stdio: 'ignore' },
  );
  return docx.replace(/\.docx$/, '.pdf');
}

/** A PDF's pages as text, laid out (poppler-utils' pdftotext, which .ci/run installs). */
export function pdfPages(pdf: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  }).split('\f');
}
