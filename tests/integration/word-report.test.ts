// @vitest-environment node
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanEdits } from '../../src/domain/plan/plan-edits';
import { buildReport } from '../../src/report/build-report';
import { gatherReportInput } from '../../src/report/gather-report-input';
import { docxBuffer } from '../../src/report/render-docx';
import { matrixXlsx } from '../../src/report/export-plan';
import { exampleReportInput } from '../builders/example';

interface Doc {
  body: string;
  headers: string;
  text: string;
  actions: string[];
  buffer: Buffer;
}

/** The document's XML as text, and the titles of the plan's live actions. */
async function generate(language: 'en' | 'ru', planEdits?: PlanEdits): Promise<Doc> {
  const input = gatherReportInput(exampleReportInput({ language, planEdits }));
  const buffer = await docxBuffer(buildReport(input));
  const zip = await JSZip.loadAsync(buffer);
  const body = await zip.file('word/document.xml')!.async('string');
  const headerFiles = Object.keys(zip.files).filter((f) => /^word\/(header|footer)\d*\.xml$/.test(f));
  const headers = (await Promise.all(headerFiles.map((f) => zip.file(f)!.async('string')))).join('\n');
  const text = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
  const actions = input.plan.areas
    .flatMap((a) => a.actions)
    .filter((a) => a.status !== 'dropped')
    .map((a) => a.title);
  return { body, headers, text, actions, buffer };
}

const unescape = (s: string) =>
  s
    .replaceAll('&amp;', '&')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'");

describe('the Word plan of the example assessment', () => {
  let en: Doc;
  let ru: Doc;
  beforeAll(async () => {
    [en, ru] = await Promise.all([generate('en'), generate('ru')]);
  });

  it('has every chapter and annex, each bookmarked for the contents', () => {
    for (const chapter of [
      '1. Executive summary',
      '2. National context and obligations',
      '3. Methodology',
      '4. Risk profile',
      '5. Gap analysis by area',
      '6. Strategic objectives',
      '7. Action matrix',
      '8. Implementation, coordination and monitoring',
      'Annex A. Answers of the National Team',
      'Annex B. Review log',
      'Annex C. National Team',
      'Annex D. Glossary',
    ])
      expect(en.text).toContain(chapter);
    expect(en.body.match(/PAGEREF _Toc/g)?.length).toBe(12);
  });

  it('has one row per action in the action matrix, with the header row repeated on every page', () => {
    const text = unescape(en.text);
    for (const title of en.actions) expect(text).toContain(title);
    // The chapter itself, not its line in the contents.
    const matrix = en.body.slice(
      en.body.lastIndexOf('7. Action matrix'),
      en.body.lastIndexOf('8. Implementation'),
    );
    const rows = matrix.match(/<w:tr>|<w:tr [^>]*>/g)!.length;
    const headerRows = matrix.match(/<w:tblHeader\/>/g)!.length;
    const objectiveRows = matrix.match(/w:gridSpan w:val="9"/g)!.length;
    expect(rows - headerRows - objectiveRows).toBe(en.actions.length);
    expect(en.actions.length).toBeGreaterThan(200);
  });

  it('numbers actions "A-<area>.<n>", never with an indicator’s code, and files an area’s own action under "Other actions"', async () => {
    const numbers = [...en.text.matchAll(/\bA-\d+\.\d+\b/g)].map((m) => m[0]);
    expect(new Set(numbers).size).toBe(en.actions.length);
    const codes = new Set(
      exampleReportInput()
        .questionnaire.areas.flatMap((a) => a.items.flatMap((i) => (i.kind === 'group' ? i.questions : [i])))
        .map((q) => q.code),
    );
    expect(numbers.filter((n) => codes.has(n))).toEqual([]);
    const custom = {
      id: 'c1',
      areaId: 'gov',
      title: 'Publish the National Team’s annual report',
      description: '',
      type: 'dissemination' as const,
      tier: 'medium' as const,
      leadAgencyId: null,
      supportAgencyIds: [],
      start: '2027-01',
      end: '2027-03',
      achievement: 'Report published',
      costBand: 'lt-50k' as const,
      status: 'proposed' as const,
    };
    const withCustom = await generate('en', {
      assessmentId: 'example',
      startMonth: '2026-04',
      accepted: [],
      edits: {},
      custom: [custom],
      order: {},
      updatedAt: 0,
    });
    const text = unescape(withCustom.text);
    const at = text.indexOf(
      'Publish the National Team’s annual report',
      text.lastIndexOf('7. Action matrix'),
    );
    const header = text.lastIndexOf('Objective: ', at);
    expect(text.slice(header, at)).toContain('Objective: Other actions of the area');
  });

  it('carries DRAFT and the marking in the header and footer, with page X of Y', () => {
    expect(en.headers).toContain('DRAFT · Restricted');
    expect(en.headers).toContain('PAGE');
    expect(en.headers).toContain('NUMPAGES');
    expect(ru.headers).toContain('ПРОЕКТ · Ограниченного доступа');
  });

  it('is in Russian when exported in Russian, including questionnaire text', () => {
    expect(ru.text).toContain('7. Матрица мероприятий');
    expect(ru.text).toContain('Биобезопасность');
    expect(ru.text).not.toContain('Executive summary');
  });

  it('keeps text from files as text, never markup', async () => {
    const doc = await generate('en', {
      assessmentId: 'example',
      startMonth: '2027-01',
      accepted: [],
      edits: {},
      order: {},
      updatedAt: 0,
      custom: [
        {
          id: 'c1',
          areaId: 'bsf',
          title: '<script>alert("x")</script> & <b>bold</b>',
          description: '',
          type: 'training',
          tier: 'high',
          leadAgencyId: null,
          supportAgencyIds: [],
          start: '2027-01',
          end: '2027-03',
          achievement: '',
          costBand: 'lt-50k',
          status: 'proposed',
        },
      ],
    });
    expect(doc.body).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;',
    );
    expect(doc.body).not.toContain('<script>');
  });

  // LibreOffice comes from Debian's libreoffice-writer-nogui, which .ci/run installs.
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p)) ?? 'soffice';
  it('converts to PDF in LibreOffice, in English and Russian, within the expected page range', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-pdf-'));
    for (const [name, doc] of [
      ['plan-en', en],
      ['plan-ru', ru],
    ] as const) {
      writeFileSync(join(dir, `${name}.docx`), doc.buffer);
      execFileSync(
        soffice,
        [
          '--headless',
          `-env:UserInstallation=file://${dir}/profile`,
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          join(dir, `${name}.docx`),
        ],
        { timeout: 180_000, stdio: 'ignore' },
      );
      const pdf = readFileSync(join(dir, `${name}.pdf`), 'latin1');
      const pages = Number(
        /\/Type\s*\/Pages[^>]*\/Count (\d+)/.exec(pdf)?.[1] ?? /\/Count (\d+)/.exec(pdf)?.[1],
      );
      expect(pages, name).toBeGreaterThanOrEqual(60);
      expect(pages, name).toBeLessThanOrEqual(200);
    }
  }, 400_000);
});

describe('npm run plan (the command line)', () => {
  const run = (...args: string[]) =>
    spawnSync('npx', ['tsx', 'scripts/plan.ts', ...args], { encoding: 'utf8', timeout: 120_000 });

  it('writes the Word plan and the spreadsheet from an example assessment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-cli-'));
    const result = run(
      '--in',
      'questionnaires/cbrn-naq/1.0.0/example-assessment.json',
      '--out',
      join(dir, 'plan.docx'),
      '--xlsx',
      join(dir, 'actions.xlsx'),
      '--lang',
      'ru',
      '--date',
      '2026-11-24',
    );
    expect(result.status, result.stderr).toBe(0);
    const zip = await JSZip.loadAsync(readFileSync(join(dir, 'plan.docx')));
    expect(await zip.file('word/document.xml')!.async('string')).toContain('Матрица мероприятий');
    const sheet = await (
      await JSZip.loadAsync(readFileSync(join(dir, 'actions.xlsx')))
    )
      .file('xl/worksheets/sheet1.xml')!
      .async('string');
    expect(sheet.match(/<row /g)!.length).toBeGreaterThan(200);
  }, 120_000);

  it('writes a spreadsheet whose costs, levels and months are typed cells, one field a column', async () => {
    const xlsx = await matrixXlsx(exampleReportInput());
    const zip = await JSZip.loadAsync(Buffer.from(await xlsx.arrayBuffer()));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    const styles = await zip.file('xl/styles.xml')!.async('string');
    const second = sheet.match(/<row r="2"[^>]*>(.*?)<\/row>/)![1]!;
    const cell = (column: string) => new RegExp(`<c r="${column}2"([^>]*)>(?:<v>([^<]*)</v>)?`).exec(second);
    // K, L: start and end months as dates (serial numbers with a date format); O: cost from (EUR).
    for (const column of ['K', 'L', 'O', 'R', 'S', 'T']) {
      const found = cell(column);
      expect(found?.[1] ?? '', column).not.toContain('t="s"');
      expect(Number(found?.[2]), column).not.toBeNaN();
    }
    expect(styles).toContain('yyyy-mm');
    // Title and description in their own columns.
    expect(strings).toContain('Description');
  });

  it.each([
    [['--in', 'missing.json', '--out', 'x.docx'], 'plan: cannot read missing.json'],
    [
      ['--in', 'questionnaires/cbrn-naq/1.0.0/example-assessment.json', '--out', 'x.docx', '--lang', 'de'],
      'plan: --lang must be one of en, ru, not "de"',
    ],
    [
      ['--in', 'questionnaires/questionnaire.schema.json', '--out', 'x.docx'],
      'plan: questionnaires/questionnaire.schema.json is not a valid assessment file:\n  $.type: not an assessment file: "type" must be "cbrn-nap-assessment"',
    ],
  ])(
    'refuses bad input clearly: %j',
    (args, message) => {
      const result = run(...args);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(message);
    },
    60_000,
  );
});
