// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { assignedTo } from '../../src/domain/assessment/assignments';
import { newAssessment } from '../../src/domain/assessment/assessment';
import { indexQuestionnaire } from '../../src/domain/questionnaire/questionnaire-index';
import {
  buildQuestionnaireDocument,
  type QuestionnaireDocumentInput,
} from '../../src/report/questionnaire-document';
import { docxBuffer } from '../../src/report/render-docx';
import { renderHtml } from '../../src/report/render-html';
import { T0 } from '../builders/assessment';
import { exampleReportInput } from '../builders/example';
import { pdfPages, wordToPdf } from '../builders/pdf';

const source = exampleReportInput();
const questionnaire = source.questionnaire;
const index = indexQuestionnaire(questionnaire);
const assessment = {
  ...newAssessment({
    id: 'a1',
    profile: { ...source.assessment, title: 'Kyrgyz Republic NAQ 2026' },
    questionnaire: source.assessment.questionnaire,
    now: T0,
  }),
  assignments: [{ agencyId: source.assessment.roster[1]!.id, areaId: 'bsf' }],
};
const answers = new Map(source.answers.map((a) => [a.questionId, a]));
const input = (over: Partial<QuestionnaireDocumentInput> = {}): QuestionnaireDocumentInput => ({
  questionnaire,
  index,
  assessment,
  countryName: 'Kyrgyzstan',
  language: 'en',
  now: T0,
  ...over,
});
const textOf = async (doc: ReturnType<typeof buildQuestionnaireDocument>) => {
  const buffer = await docxBuffer(doc);
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1])
    .join(' ')
    .replaceAll('&amp;', '&');
  return { buffer, text };
};

describe('the questionnaire as a document', () => {
  it('blank: every area and question, with levels, options and boxes to tick, guidance and room for comment and evidence', async () => {
    const doc = buildQuestionnaireDocument(input());
    const { text } = await textOf(doc);
    const blocks = doc.sections.flatMap((s) => s.blocks);
    const areas = blocks.filter((b) => b.kind === 'heading' && b.level === 1).length;
    expect(areas).toBe(questionnaire.areas.length + 1);
    expect(blocks.filter((b) => b.kind === 'heading' && b.level === 2)).toHaveLength(index.questions.length);
    expect(text).toContain('GOV.1 Is there a National Focal Point');
    expect(text).toContain('What the level means');
    expect(text).toContain('☐');
    expect(text).not.toContain('☒');
    expect(text).toContain('Guidance:');
    expect(text).toContain('Blank: for a workshop, or to be answered on paper and typed in later.');
    // No watermark: a questionnaire to answer is no draft.
    expect(text).not.toContain('DRAFT');
  });

  it('with the answers: the chosen level ticked, the comment and evidence written, questions the answers hide left out', async () => {
    const doc = buildQuestionnaireDocument(input({ answers }));
    const { text } = await textOf(doc);
    expect(text).toContain('☒');
    expect(text).toContain('The Team met in full session twice in 2025');
    expect(text).toContain('Decree of the Cabinet of Ministers No. 214');
    expect(text).toContain('With the answers recorded so far.');
    const questions = doc.sections
      .flatMap((s) => s.blocks)
      .filter((b) => b.kind === 'heading' && b.level === 2);
    expect(questions.length).toBeLessThan(index.questions.length);
  });

  it('one agency’s part: only the questions assigned to it', async () => {
    const agency = source.assessment.roster[1]!;
    const questionIds = assignedTo(index, assessment.assignments, agency.id);
    const doc = buildQuestionnaireDocument(input({ only: { questionIds, agency: agency.acronym } }));
    const headings = doc.sections.flatMap((s) => s.blocks).filter((b) => b.kind === 'heading');
    expect(headings.filter((h) => h.level === 1).map((h) => h.text)).toEqual([
      'How to answer',
      'BSF Biosafety',
    ]);
    expect(headings.filter((h) => h.level === 2)).toHaveLength(questionIds.size);
    expect((await textOf(doc)).text).toContain(`The part assigned to ${agency.acronym}.`);
  });

  it('in Russian: Russian questions, levels and words, with no English heading left', async () => {
    const { text } = await textOf(buildQuestionnaireDocument(input({ language: 'ru' })));
    expect(text).toContain('Как отвечать');
    expect(text).toContain('Что означает уровень');
    expect(text).toContain('Комментарий');
    for (const english of ['How to answer', 'What the level means', 'Guidance:', 'Comment and evidence'])
      expect(text).not.toContain(english);
  });

  it('as a page to print: self-contained HTML with every text escaped', () => {
    const html = renderHtml(
      buildQuestionnaireDocument(
        input({
          answers: new Map([['gov.national-team', { value: 3, comment: '<script>alert(1)</script> & co' }]]),
        }),
      ),
    );
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
    expect(html).not.toContain('<script>');
    expect(html).not.toMatch(/<link|src=/);
  });

  it('converts to PDF in LibreOffice, blank in English and Russian', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'qdoc-pdf-'));
    for (const language of ['en', 'ru'] as const) {
      const { buffer } = await textOf(buildQuestionnaireDocument(input({ language })));
      const docx = join(dir, `questionnaire-${language}.docx`);
      writeFileSync(docx, buffer);
      wordToPdf(docx, dir);
      const pages = pdfPages(docx.replace(/\.docx$/, '.pdf'));
      expect(pages.length, language).toBeGreaterThan(30);
      expect(pages.join(' ').replace(/\s+/g, ' '), language).toContain(
        language === 'ru' ? 'Как отвечать' : 'How to answer',
      );
    }
  }, 300_000);
});
