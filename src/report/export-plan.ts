import writeXlsxFile from 'write-excel-file/universal';
import { buildReport } from './build-report';
import { matrixSheet } from './matrix-sheet';
import { gatherReportInput, type ReportSource } from './gather-report-input';
import { docxBlob } from './render-docx';
import { buildProgressReport, progressSheet, type ProgressInput } from './progress-report';
import { buildQuestionnaireDocument, type QuestionnaireDocumentInput } from './questionnaire-document';
import { renderHtml } from './render-html';

/** Loaded only when the user exports: the Word and spreadsheet generators stay out of the app's first load. */
export async function planDocx(input: ReportSource): Promise<Blob> {
  return docxBlob(buildReport(gatherReportInput(input)));
}

export async function matrixXlsx(input: ReportSource): Promise<Blob> {
  const { data, widths } = matrixSheet(gatherReportInput(input));
  return writeXlsxFile(data, { columns: widths.map((width) => ({ width })), stickyRowsCount: 1 }).toBlob();
}

/** The progress report of an adopted plan for one period, in Word and as a spreadsheet. */
export async function progressDocx(input: ProgressInput): Promise<Blob> {
  return docxBlob(buildProgressReport(input));
}

export async function progressXlsx(input: ProgressInput): Promise<Blob> {
  const { data, widths } = progressSheet(input);
  return writeXlsxFile(data, { columns: widths.map((width) => ({ width })), stickyRowsCount: 1 }).toBlob();
}

/** The questionnaire as a document (blank or with answers, whole or one agency's part), in Word or as a page to print. */
export async function questionnaireDocx(input: QuestionnaireDocumentInput): Promise<Blob> {
  return docxBlob(buildQuestionnaireDocument(input));
}

export function questionnaireHtml(input: QuestionnaireDocumentInput): Blob {
  return new Blob([renderHtml(buildQuestionnaireDocument(input))], { type: 'text/html;charset=utf-8' });
}
