import writeXlsxFile from 'write-excel-file/universal';
import { buildReport } from './build-report';
import { matrixSheet } from './matrix-sheet';
import { prepareReport, type PrepareInput } from './prepare';
import { docxBlob } from './render-docx';

/** Loaded only when the user exports: the Word and spreadsheet generators stay out of the app's first load. */
export async function planDocx(input: PrepareInput): Promise<Blob> {
  return docxBlob(buildReport(prepareReport(input)));
}

export async function matrixXlsx(input: PrepareInput): Promise<Blob> {
  const { data, widths } = matrixSheet(prepareReport(input));
  return writeXlsxFile(data, { columns: widths.map((width) => ({ width })), stickyRowsCount: 1 }).toBlob();
}
