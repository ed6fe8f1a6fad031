// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { adoptPlan, type AdoptedPlan } from '../../src/domain/monitoring/adopted-plan';
import { compareAssessments } from '../../src/domain/monitoring/compare';
import type { MonitoringUpdate } from '../../src/domain/monitoring/monitoring';
import { indexQuestionnaire } from '../../src/domain/questionnaire/questionnaire-index';
import { buildReport } from '../../src/report/build-report';
import { progressXlsx } from '../../src/report/export-plan';
import { gatherReportInput } from '../../src/report/gather-report-input';
import { buildProgressReport, type ProgressInput } from '../../src/report/progress-report';
import { docxBuffer } from '../../src/report/render-docx';
import type { ReportInput } from '../../src/report/report-context';
import type { ReportModel } from '../../src/report/report-model';
import { T0 } from '../builders/assessment';
import { exampleReportInput } from '../builders/example';
import { update } from '../builders/monitoring';
import { pdfPages, wordToPdf } from '../builders/pdf';

const textOf = async (model: ReportModel) => {
  const buffer = await docxBuffer(model);
  const zip = await JSZip.loadAsync(buffer);
  const body = await zip.file('word/document.xml')!.async('string');
  const text = [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join(' ')
    .replaceAll('&amp;', '&')
    .replaceAll('&quot;', '"');
  return { buffer, text };
};

let input: ReportInput;
let plan: AdoptedPlan;
let updates: MonitoringUpdate[];
const progressInput = (language: 'en' | 'ru', day = '2027-06-30'): ProgressInput => ({
  assessment: input.assessment,
  plan,
  updates,
  day,
  results: input.structure.results,
  areas: input.questionnaire.areas.map((a) => ({ id: a.id, label: `${a.code} ${a.id}` })),
  language,
  countryName: language === 'ru' ? 'Кыргызстан' : 'Kyrgyzstan',
  now: T0,
});

beforeAll(() => {
  input = gatherReportInput(exampleReportInput());
  plan = adoptPlan('example', input.plan, input.structure.objectives, undefined, [], {
    adoptedOn: '2027-01-20',
    adoptedBy: 'Cabinet of Ministers',
    reference: 'Decree No. 214',
    author: 'N. Coordinator',
    now: T0,
  });
  // Three actions reported on: one done, one delayed (with its reason), one past its end.
  const [first, second, third] = plan.actions;
  updates = [
    update({
      assessmentId: 'example',
      actionId: first!.id,
      asOf: '2027-03-31',
      status: 'onTrack',
      progress: 40,
    }),
    update({
      assessmentId: 'example',
      actionId: first!.id,
      asOf: '2027-06-30',
      status: 'done',
      spent: 120_000,
      evidence: 'Order No. 17 of the Ministry of Health',
    }),
    update({
      assessmentId: 'example',
      actionId: second!.id,
      asOf: '2027-06-30',
      status: 'delayed',
      progress: 25,
      reason: 'Procurement of the autoclave failed twice',
      nextStep: 'Third tender in July',
    }),
    update({
      assessmentId: 'example',
      actionId: third!.id,
      asOf: '2027-05-15',
      status: 'onTrack',
      progress: 60,
      spent: 12_500.5,
    }),
  ];
  // The third action was due by the end of the first quarter: it is overdue by the end of June.
  plan = {
    ...plan,
    actions: plan.actions.map((a) => (a.id === third!.id ? { ...a, start: '2027-01', end: '2027-03' } : a)),
  };
});

describe('the progress report of an adopted plan', () => {
  it('gives the summary, status by objective and area, the results framework with its current status, overdue actions with reasons and the budget, in English', async () => {
    const model = buildProgressReport(progressInput('en'));
    const headings = model.sections
      .flatMap((s) => s.blocks)
      .filter((b) => b.kind === 'heading')
      .map((b) => b.text);
    expect(headings).toEqual([
      'Summary',
      'Status by objective',
      'By area',
      'Results framework: where the indicators stand',
      'Actions overdue, delayed or at risk',
      'Budget planned and spent',
      'Every action as last reported',
    ]);
    const { text } = await textOf(model);
    expect(text).toContain('Progress report on the National CBRN Action Plan');
    expect(text).toContain('Kyrgyzstan · as of 30 June 2027 (Q2 2027)');
    expect(text).toContain(
      'Plan version 1, adopted on 20 January 2027 by Cabinet of Ministers Decree No. 214',
    );
    // The delayed action's reason and next step, and the overdue one's months late.
    expect(text).toContain('Procurement of the autoclave failed twice');
    expect(text).toContain('Third tender in July');
    const [, , third] = plan.actions;
    const overdue = model.sections[0]!.blocks.find(
      (b) => b.kind === 'table' && b.caption?.startsWith('Actions past their planned end'),
    );
    expect(overdue?.kind === 'table' && overdue.rows.map((r) => r[0]!.text)).toContain(third!.number);
    // The results framework: each objective's indicator with baseline and target, and where it stands.
    const results = input.structure.results.filter((r) => r.kind === 'objective');
    expect(results.length).toBeGreaterThanOrEqual(4);
    expect(text).toMatch(/Actions done: \d+ %; mean progress \d+ %/);
    expect(text).toContain('Done, 100 % — Order No. 17 of the Ministry of Health');
    // The budget: what was spent, against the planned range.
    expect(text).toContain('132,501 EUR');
  });

  it('is in Russian with decimal commas and Russian quarters, with no English heading left', async () => {
    const { text } = await textOf(buildProgressReport(progressInput('ru')));
    expect(text).toContain('Отчёт о ходе выполнения Национального плана действий по ХБРЯ');
    expect(text).toContain('Кыргызстан · по состоянию на 30 июня 2027 г. (II кв. 2027)');
    expect(text).toContain('Просроченные, задерживающиеся и находящиеся под угрозой мероприятия');
    expect(text).toContain('С задержкой');
    expect(text).toMatch(/132\s501 EUR/);
    for (const english of ['Summary', 'Overdue', 'Budget planned', 'Status by objective', 'Q2 2027'])
      expect(text).not.toContain(english);
  });

  it('writes the spreadsheet with one row per action, its status, progress and amounts as numbers', async () => {
    const xlsx = await progressXlsx(progressInput('en'));
    const zip = await JSZip.loadAsync(Buffer.from(await xlsx.arrayBuffer()));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const strings = await zip.file('xl/sharedStrings.xml')!.async('string');
    expect(sheet.match(/<row /g)).toHaveLength(plan.actions.length + 1);
    expect(strings).toContain('Procurement of the autoclave failed twice');
    // The first action's row: progress (I) 100 and spent (P) 120000 as numbers.
    const row = sheet.match(/<row r="2"[^>]*>(.*?)<\/row>/)![1]!;
    expect(row).toMatch(/<c r="I2"[^>]*><v>100<\/v>/);
    expect(row).toMatch(/<c r="P2"[^>]*><v>120000<\/v>/);
  });

  it('converts to PDF in LibreOffice, in Russian, with the overdue action and its reason on its pages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'progress-pdf-'));
    const { buffer } = await textOf(buildProgressReport(progressInput('ru')));
    writeFileSync(join(dir, 'progress-ru.docx'), buffer);
    wordToPdf(join(dir, 'progress-ru.docx'), dir);
    const pages = pdfPages(join(dir, 'progress-ru.pdf'));
    expect(pages.length).toBeGreaterThan(3);
    const all = pages.join('\n').replace(/\s+/g, ' ');
    expect(all).toContain('Просроченные, задерживающиеся');
    expect(all).toMatch(/Procurement of the\s+autoclave/);
    expect(all).toContain('ПРОЕКТ');
  }, 240_000);
});

describe('the plan of a re-assessment', () => {
  it('has a chapter on progress since the last assessment, with areas then and now and the indicators that moved', async () => {
    const earlier = gatherReportInput(exampleReportInput());
    // The re-assessment raised three capacity answers.
    const raised = earlier.index.questions
      .filter(
        (e) =>
          e.question.kind === 'capacity' && typeof earlier.records.get(e.question.id)?.value === 'number',
      )
      .slice(0, 3);
    const answers = [...earlier.records].map(([questionId, r]) =>
      raised.some((e) => e.question.id === questionId)
        ? { ...r, questionId, value: 5 }
        : { ...r, questionId },
    );
    const comparison = compareAssessments(
      { day: '2026-03-01', index: earlier.index, answers: earlier.records },
      {
        day: '2029-03-01',
        index: indexQuestionnaire(earlier.questionnaire),
        answers: new Map(answers.map((a) => [a.questionId, a])),
      },
      { actionsDone: [{ indicatorId: raised[0]!.question.id, number: 'A-1.1' }] },
    );
    const later = gatherReportInput(
      exampleReportInput({
        answers,
        earlier: { title: 'NAQ 2026', comparison, index: earlier.index, areas: earlier.questionnaire.areas },
      }),
    );
    const model = buildReport(later);
    const headings = model.sections
      .flatMap((s) => s.blocks)
      .flatMap((b) => (b.kind === 'heading' && b.level === 1 ? [b.text] : []));
    expect(headings).toContain('4. Progress since the last assessment');
    const { text } = await textOf(model);
    expect(text).toContain(
      'Against the earlier assessment “NAQ 2026” (answers of 1 March 2026), as of 1 March 2029',
    );
    expect(text).toContain('A-1.1');
    for (const e of raised) expect(text).toContain(e.question.code!);
    const ru = buildReport(
      gatherReportInput(exampleReportInput({ answers, language: 'ru', earlier: later.earlier! })),
    );
    expect(
      ru.sections
        .flatMap((s) => s.blocks)
        .some((b) => b.kind === 'heading' && b.text === '4. Прогресс со времени предыдущей оценки'),
    ).toBe(true);
  });
});
