// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { emptyPlanEdits, type PlanEdits } from '../../src/domain/plan/plan-edits';
import { headerSize, type ReportModel } from '../../src/report/report-model';
import { buildReport } from '../../src/report/build-report';
import { gatherReportInput, type ReportSource } from '../../src/report/gather-report-input';
import { docxBuffer } from '../../src/report/render-docx';
import { matrixXlsx } from '../../src/report/export-plan';
import { exampleReportInput } from '../builders/example';
import { pdfPages, wordToPdf } from '../builders/pdf';

interface Doc {
  body: string;
  headers: string;
  text: string;
  actions: string[];
  buffer: Buffer;
  model: ReportModel;
}

/** The document's XML as text, and the titles of the plan's live actions. */
async function generate(
  language: 'en' | 'ru',
  planEdits?: PlanEdits,
  more: Partial<ReportSource> = {},
): Promise<Doc> {
  const input = gatherReportInput(exampleReportInput({ language, planEdits, ...more }));
  const model = buildReport(input);
  const buffer = await docxBuffer(model);
  const zip = await JSZip.loadAsync(buffer);
  const body = await zip.file('word/document.xml')!.async('string');
  const headerFiles = Object.keys(zip.files).filter((f) => /^word\/(header|footer)\d*\.xml$/.test(f));
  const headers = (await Promise.all(headerFiles.map((f) => zip.file(f)!.async('string')))).join('\n');
  const text = unescape([...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' '));
  const actions = input.plan.areas
    .flatMap((a) => a.actions)
    .filter((a) => a.status !== 'dropped')
    .map((a) => a.title);
  return { body, headers, text, actions, buffer, model };
}

const unescape = (s: string) =>
  s
    .replaceAll('&amp;', '&')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'");

const edits = (more: Partial<PlanEdits>): PlanEdits => ({
  ...emptyPlanEdits('example', 0),
  startMonth: '2026-04',
  ...more,
});

const CHAPTERS = {
  en: [
    '1. Executive summary',
    '2. Vision, mission and objectives',
    '3. National context and obligations',
    '4. Methodology',
    '5. Risk profile',
    '6. Gap analysis by area',
    '7. Outcome objectives and priority actions',
    '8. Results framework',
    '9. Timeline',
    '10. Budget',
    '11. Responsibilities',
    '12. Implementation, coordination and risks',
    'Annex A. Action matrix',
    'Annex B. Gap analysis by indicator',
    'Annex C. Crosswalk to international frameworks',
    'Annex D. Answers of the National Team',
    'Annex E. Review log',
    'Annex F. National Team',
    'Annex G. Glossary',
  ],
  ru: [
    '1. Резюме',
    '2. Видение, миссия и цели',
    '8. Система показателей результатов',
    '9. График выполнения',
    '10. Бюджет',
    '11. Распределение ответственности',
    'Приложение А. Матрица мероприятий',
    'Приложение Б. Анализ пробелов по показателям',
    'Приложение В. Соответствие международным документам',
    'Приложение Г. Ответы национальной группы',
    'Приложение Ж. Глоссарий',
  ],
};

describe('the Word plan of the example assessment', () => {
  let en: Doc;
  let ru: Doc;
  beforeAll(async () => {
    [en, ru] = await Promise.all([generate('en'), generate('ru')]);
  });

  it('has every chapter and annex in both languages, each bookmarked for the contents, annexes lettered as each language letters them', () => {
    for (const chapter of CHAPTERS.en) expect(en.text).toContain(chapter);
    for (const chapter of CHAPTERS.ru) expect(ru.text).toContain(chapter);
    expect(en.body.match(/PAGEREF _Toc/g)?.length).toBe(CHAPTERS.en.length);
    expect(ru.text).not.toMatch(/Приложение [A-Z]\./);
  });

  it('has one row per action in the action matrix, with the header row repeated on every page', () => {
    for (const title of en.actions) expect(en.text).toContain(title);
    // The annex itself, not its line in the contents.
    const matrix = en.body.slice(
      en.body.lastIndexOf('Annex A. Action matrix'),
      en.body.lastIndexOf('Annex B. Gap analysis'),
    );
    const rows = matrix.match(/<w:tr>|<w:tr [^>]*>/g)!.length;
    const headerRows = matrix.match(/<w:tblHeader\/>/g)!.length;
    const groupRows = matrix.match(/w:gridSpan w:val="9"/g)!.length;
    expect(rows - headerRows - groupRows).toBe(en.actions.length);
    expect(en.actions.length).toBeGreaterThan(200);
  });

  it('numbers actions "A-<area>.<n>", never with an indicator’s code, and files an area’s own action under its objective', async () => {
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
    const withCustom = await generate('en', edits({ custom: [custom] }));
    const text = withCustom.text;
    const annex = text.lastIndexOf('Annex A. Action matrix');
    const at = text.indexOf('Publish the National Team’s annual report', annex);
    // Under objective 1 (governance, where its area belongs), in the group of the area's own actions.
    expect(text.lastIndexOf('Objective 1. Governance', at)).toBeGreaterThan(annex);
    expect(text.lastIndexOf('Objective 2.', at)).toBeLessThan(annex);
    expect(text.slice(text.lastIndexOf('Other actions of the area', at), at)).not.toMatch(/A-\d+\.\d+ .*A-/);
    expect(text.lastIndexOf('Other actions of the area', at)).toBeGreaterThan(annex);
  });

  it('gives the vision, objectives, results framework, budget with both bounds, responsibilities, risks and a timeline', () => {
    expect(en.text).toContain('Vision');
    expect(en.text).toContain('Objective 2. Biosafety and biosecurity');
    expect(en.text).toContain('Means of verification');
    expect(en.text).toMatch(/Indicative cost: EUR [\d.]+ to [\d.]+ million/);
    expect(en.text).not.toContain('cost envelope: at least');
    expect(en.text).toContain('Year 1 (2026/27)');
    expect(en.text).toContain('Not yet decided');
    expect(en.text).toMatch(/R \d+/);
    expect(en.text).toContain('Funding for the plan');
    expect(en.text).toContain('Objective / action');
    expect(ru.text).toContain('Способ проверки');
    expect(ru.text).toContain('Ежеквартально');
  });

  it('writes Russian numbers with decimal commas and quarters as Russian plans do', () => {
    expect(ru.text).toMatch(/от \d+,\d до \d+,\d млн евро/);
    expect(ru.text).toMatch(/\b[IV]+ кв\. 20\d\d/);
    expect(ru.text).not.toMatch(/\bQ[1-4] 20\d\d/);
    // Numbers of the document (means, scores, costs) never with a decimal point; codes and dates
    // (A-1.2, BSF.1, 15.01.2026) are not numbers of this kind.
    const body = ru.text.slice(ru.text.indexOf('1. Резюме', ru.text.indexOf('Приложение Ж.')));
    const own = body.slice(0, body.indexOf('Приложение А. Матрица'));
    expect(own.match(/(?<![\p{L}\d.-])\d+\.\d(?![\d.])/gu) ?? []).toEqual([]);
  });

  it('marks text written in the other language, in every place it appears', async () => {
    const englishEdit = edits({
      vision: { text: 'A safe and secure Aravania by 2031', lang: 'en' },
      edits: {
        'gov.action-plan.l3': {
          title: 'Draft the plan with every ministry',
          description: 'Workshops in each ministry',
          written: { title: 'en', description: 'en' },
        },
      },
      objectives: { biorisk: { title: { text: 'Safe and secure laboratories', lang: 'en' } } },
      results: { 'o:governance': { verification: { text: 'Annual report of the focal point', lang: 'en' } } },
    });
    const doc = await generate('ru', englishEdit);
    for (const written of [
      'A safe and secure Aravania by 2031',
      'Draft the plan with every ministry',
      'Workshops in each ministry',
      'Safe and secure laboratories',
      'Annual report of the focal point',
    ]) {
      const all = [...doc.text.matchAll(new RegExp(written, 'g'))];
      expect(all.length, written).toBeGreaterThan(0);
      for (const m of all) expect(doc.text.slice(m.index - 5, m.index), written).toBe('[EN] ');
    }
    // In the language it was written in, no mark.
    const same = await generate('en', englishEdit);
    expect(same.text).toContain('Draft the plan with every ministry');
    expect(same.text).not.toContain('[EN] Draft the plan');
  });

  it('leaves out the answers annex, or only its context tables, when asked, and says so', async () => {
    const noTables = await generate('en', undefined, { options: { contextTables: false } });
    expect(en.text).toContain('Francisella tularensis, Brucella spp.');
    expect(noTables.text).not.toContain('Francisella tularensis, Brucella spp.');
    expect(noTables.text).toMatch(/Left out of this copy at export: \d+ context tables/);
    const noAnswers = await generate('en', undefined, { options: { answersAnnex: false } });
    expect(noAnswers.text).not.toContain('Answers of the National Team');
    expect(noAnswers.text).toContain('Annex D. Review log');
  });

  it('warns on the cover and in the summary when less than the set share of indicators is assessed', async () => {
    const full = exampleReportInput();
    const partial = await generate('en', undefined, { answers: full.answers.slice(0, 40) });
    const warnings = partial.text.match(/Partial assessment: only \d+ of \d+ indicators/g) ?? [];
    expect(warnings.length).toBe(2);
    expect(en.text).not.toContain('Partial assessment');
  });

  it('sets every column header so that its longest word fits its column, in both languages', () => {
    for (const doc of [en, ru])
      for (const section of doc.model.sections)
        for (const block of section.blocks)
          if (block.kind === 'table')
            for (const column of block.columns)
              expect(headerSize(column.title, column.width, section.orientation), column.title).toBeDefined();
  });

  it('carries DRAFT and the marking in the header and footer, with page X of Y', () => {
    expect(en.headers).toContain('DRAFT · Restricted');
    expect(en.headers).toContain('PAGE');
    expect(en.headers).toContain('NUMPAGES');
    expect(ru.headers).toContain('ПРОЕКТ · Ограниченного доступа');
  });

  it('is in Russian when exported in Russian, including questionnaire text', () => {
    expect(ru.text).toContain('Матрица мероприятий');
    expect(ru.text).toContain('Биобезопасность');
    expect(ru.text).not.toContain('Executive summary');
  });

  it('keeps text from files as text, never markup', async () => {
    const doc = await generate(
      'en',
      edits({
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
      }),
    );
    expect(doc.body).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;',
    );
    expect(doc.body).not.toContain('<script>');
  });

  // LibreOffice comes from Debian's libreoffice-writer-nogui, which .ci/run installs.
  it('converts to PDF in LibreOffice, in English and Russian, with a main body of at most 45 pages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plan-pdf-'));
    const bodyPages: Record<string, number> = {};
    for (const [name, doc] of [
      ['plan-en', en],
      ['plan-ru', ru],
    ] as const) {
      writeFileSync(join(dir, `${name}.docx`), doc.buffer);
      wordToPdf(join(dir, `${name}.docx`), dir);
      // Pages as text (poppler-utils' pdftotext, which .ci/run installs): the main body ends where
      // the first annex begins (its heading, not its line in the contents on page 2).
      const pages = pdfPages(join(dir, `${name}.pdf`));
      const annex = name === 'plan-en' ? 'Annex A. Action matrix' : 'Приложение А. Матрица мероприятий';
      const firstAnnexPage = pages.findIndex((p, i) => i > 1 && p.includes(annex)) + 1;
      bodyPages[name] = firstAnnexPage - 1;
      expect(pages.length, name).toBeGreaterThanOrEqual(60);
      expect(pages.length, name).toBeLessThanOrEqual(300);
    }
    // The main body a minister's office reads: cover, contents and chapters, at most 45 pages.
    expect(bodyPages['plan-en']).toBeGreaterThan(20);
    expect(bodyPages['plan-en']).toBeLessThanOrEqual(45);
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
    // Title and description in their own columns; the outcome objective and the funding source too.
    expect(strings).toContain('Description');
    expect(strings).toContain('Funding source');
    expect(strings).toContain('Objective 2. Biosafety and biosecurity');
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
