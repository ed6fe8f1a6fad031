/** A document as blocks, independent of Word: built and tested as data, then rendered by render-docx. */

export interface Cell {
  text: string;
  /** Further paragraphs in the same cell. */
  more?: string[];
  bold?: boolean;
  /** Hex colour without '#'. */
  fill?: string;
  align?: 'left' | 'center' | 'right';
  /** Number of columns the cell spans (a group row). */
  span?: number;
}

export interface Column {
  title: string;
  /** Share of the table's width, in percent. */
  width: number;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; style?: 'normal' | 'note' | 'caption' }
  | { kind: 'bullets'; items: string[] }
  | {
      kind: 'table';
      columns: Column[];
      rows: Cell[][];
      caption?: string;
      repeatHeader?: boolean;
      /** Long rows may break across pages (otherwise a row is kept whole). */
      splitRows?: boolean;
    }
  | { kind: 'contents'; title: string };

export interface ReportSection {
  orientation: 'portrait' | 'landscape';
  blocks: Block[];
}

export interface ReportModel {
  language: string;
  cover: {
    title: string;
    subtitle: string;
    versionLine: string;
    basedOn: string;
    /** Said on the cover when the plan rests on part of the assessment. */
    warning?: string;
    marking: string;
    /** "DRAFT" on the cover and as the watermark; empty for a document that is no draft. */
    draft: string;
  };
  header: string;
  footer: { pageOf: [string, string] };
  sections: ReportSection[];
}

/** Traffic-light fills of the capacity scale (1 red, 2–3 yellow, 4–5 green) and of risk scores. */
export const LEVEL_FILL: Record<number, string> = {
  1: 'F4C7C3',
  2: 'FCE8B2',
  3: 'FCE8B2',
  4: 'CDE9D4',
  5: 'CDE9D4',
};
export const TIER_FILL = { high: 'F4C7C3', medium: 'FCE8B2', low: 'CDE9D4' } as const;
export function riskFill(score: number): string {
  if (score >= 15) return 'E8A6A0';
  if (score >= 8) return 'F3D88B';
  return 'B9DFC0';
}

/** Width of the text area in points: A4 with 2 cm margins, portrait and landscape. */
export const TEXT_WIDTH_PT = { portrait: 481.9, landscape: 728.5 } as const;
/** The table text's size in points, and the smallest a column header may shrink to so that it fits. */
export const TABLE_TEXT_PT = 8.5;
export const MIN_HEADER_PT = 6;
const CELL_MARGINS_PT = 10.8;
/**
 * A generous average width of a bold letter, Latin or Cyrillic, in ems: Arial's, or DejaVu Sans's where
 * LibreOffice puts that in Arial's place (wider).
 */
const LETTER_EM = 0.7;

/**
 * The size a column header is set in: the table text's, or smaller when its longest word would not
 * fit the column (so no header breaks mid-word, "Supportin|g"). Undefined when even the smallest
 * size does not fit — a table to be laid out again.
 */
export function headerSize(
  title: string,
  widthPercent: number,
  orientation: 'portrait' | 'landscape',
): number | undefined {
  const longest = Math.max(0, ...title.split(/[\s/–-]+/).map((w) => [...w].length));
  if (longest === 0) return TABLE_TEXT_PT;
  const room = (TEXT_WIDTH_PT[orientation] * widthPercent) / 100 - CELL_MARGINS_PT;
  const fit = Math.floor((room / (longest * LETTER_EM)) * 2) / 2;
  if (fit >= TABLE_TEXT_PT) return TABLE_TEXT_PT;
  return fit >= MIN_HEADER_PT ? fit : undefined;
}
