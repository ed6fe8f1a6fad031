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
  | { kind: 'table'; columns: Column[]; rows: Cell[][]; caption?: string; repeatHeader?: boolean }
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
    marking: string;
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
