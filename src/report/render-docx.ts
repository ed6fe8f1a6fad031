import {
  AlignmentType,
  Bookmark,
  PageReference,
  TabStopType,
  LeaderType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { TextWatermark } from 'docx/watermarks';
import {
  headerSize,
  MIN_HEADER_PT,
  type Block,
  type Cell,
  type ReportModel,
  type ReportSection,
} from './report-model';

const FONT = 'Arial';
const BRAND = '1D3557';
const LINE = { style: BorderStyle.SINGLE, size: 4, color: 'A6AFBB' } as const;
const BORDERS = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function cellParagraphs(cell: Cell, header: boolean, size?: number): Paragraph[] {
  const texts = [cell.text, ...(cell.more ?? [])];
  return texts.map(
    (text, i) =>
      new Paragraph({
        style: 'TableText',
        // A group row stays with the first row it heads.
        keepNext: cell.span !== undefined,
        alignment: ALIGN[cell.align ?? 'left'],
        children: [
          new TextRun({
            text,
            bold: header || (cell.bold && i === 0),
            color: header ? 'FFFFFF' : undefined,
            size: size === undefined ? undefined : size * 2,
          }),
        ],
      }),
  );
}

function table(
  block: Extract<Block, { kind: 'table' }>,
  orientation: 'portrait' | 'landscape',
): (Paragraph | Table)[] {
  const header = new TableRow({
    tableHeader: block.repeatHeader ?? false,
    cantSplit: true,
    children: block.columns.map(
      (c) =>
        new TableCell({
          width: { size: c.width, type: WidthType.PERCENTAGE },
          shading: { type: ShadingType.CLEAR, fill: BRAND, color: 'auto' },
          // A header whose longest word would not fit its column is set smaller, never broken mid-word.
          children: cellParagraphs(
            { text: c.title },
            true,
            headerSize(c.title, c.width, orientation) ?? MIN_HEADER_PT,
          ),
        }),
    ),
  });
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: !block.splitRows,
        children: row.map(
          (cell, i) =>
            new TableCell({
              columnSpan: cell.span,
              width: { size: cell.span ? 100 : (block.columns[i]?.width ?? 10), type: WidthType.PERCENTAGE },
              shading: cell.fill ? { type: ShadingType.CLEAR, fill: cell.fill, color: 'auto' } : undefined,
              children: cellParagraphs(cell, false),
            }),
        ),
      }),
  );
  const out: (Paragraph | Table)[] = [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: BORDERS,
      rows: [header, ...rows],
    }),
  ];
  if (block.caption) out.push(new Paragraph({ style: 'Caption', text: block.caption }));
  out.push(new Paragraph({ text: '' }));
  return out;
}

/** Level-1 headings, bookmarked, so the contents can give their pages as PAGEREF fields. */
interface Anchors {
  next: number;
  entries: { id: string; text: string }[];
}

function render(
  block: Block,
  anchors: Anchors,
  orientation: 'portrait' | 'landscape',
): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading': {
      const level = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][block.level - 1];
      if (block.level !== 1) return [new Paragraph({ heading: level, text: block.text })];
      const id = `_Toc${String(anchors.next++).padStart(4, '0')}`;
      anchors.entries.push({ id, text: block.text });
      // Each chapter starts on a new page.
      return [
        new Paragraph({
          heading: level,
          pageBreakBefore: true,
          children: [new Bookmark({ id, children: [new TextRun(block.text)] })],
        }),
      ];
    }
    case 'paragraph':
      return [
        new Paragraph({
          style: block.style === 'note' ? 'Note' : block.style === 'caption' ? 'Caption' : undefined,
          text: block.text,
        }),
      ];
    case 'bullets':
      return block.items.map(
        (text) => new Paragraph({ numbering: { reference: 'bullets', level: 0 }, text }),
      );
    case 'table':
      return table(block, orientation);
    case 'contents':
      // Filled in once every heading is known (see contents()).
      return [new Paragraph({ style: 'TOCHeading', pageBreakBefore: true, text: block.title })];
  }
}

function cover(model: ReportModel): Paragraph[] {
  const { cover: c } = model;
  return [
    new Paragraph({
      spacing: { before: 2400 },
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: c.draft, bold: true, size: 36, color: 'B00020' })],
    }),
    new Paragraph({ style: 'Title', alignment: AlignmentType.CENTER, text: c.title }),
    new Paragraph({ style: 'Subtitle', alignment: AlignmentType.CENTER, text: c.subtitle }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 600 }, text: c.versionLine }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 1200 },
      children: [new TextRun({ text: c.marking.toUpperCase(), bold: true, size: 28 })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 2400 },
      children: [new TextRun({ text: c.basedOn, italics: true, size: 18 })],
    }),
    ...(c.warning
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { before: 400 },
            children: [new TextRun({ text: c.warning, bold: true, size: 20, color: 'B00020' })],
          }),
        ]
      : []),
  ];
}

function frame(model: ReportModel) {
  return {
    headers: {
      default: new Header({
        children: [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            children: [
              new TextRun({ text: model.header, bold: true, size: 16, color: 'B00020' }),
              // A document that is no draft (a questionnaire to answer) carries no watermark.
              ...(model.cover.draft ? [new TextWatermark({ text: model.cover.draft })] : []),
            ],
          }),
        ],
      }),
    },
    footers: {
      default: new Footer({
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new TextRun({ text: `${model.cover.marking} · `, size: 16 }),
              new TextRun({
                children: [
                  model.footer.pageOf[0],
                  PageNumber.CURRENT,
                  model.footer.pageOf[1],
                  PageNumber.TOTAL_PAGES,
                ],
                size: 16,
              }),
            ],
          }),
        ],
      }),
    },
  };
}

/**
 * The contents: each chapter with a PAGEREF field to its heading's bookmark, so Word and LibreOffice
 * give the page numbers themselves; no layout is computed here.
 */
function contents(anchors: Anchors): Paragraph[] {
  return anchors.entries.map(
    (e) =>
      new Paragraph({
        style: 'TOC1',
        tabStops: [{ type: TabStopType.RIGHT, position: 9600, leader: LeaderType.DOT }],
        children: [new TextRun(e.text), new TextRun({ text: '\t' }), new PageReference(e.id)],
      }),
  );
}

function section(model: ReportModel, s: ReportSection, first: boolean, anchors: Anchors): ISectionOptions {
  const landscape = s.orientation === 'landscape';
  return {
    properties: {
      page: {
        size: landscape
          ? { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 }
          : { width: 11906, height: 16838 },
        margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
      },
    },
    ...frame(model),
    children: [...(first ? cover(model) : []), ...s.blocks.flatMap((b) => render(b, anchors, s.orientation))],
  };
}

/** Renders the report model to a .docx file: Word styles throughout, so the user can restyle it. */
export function renderDocx(model: ReportModel): Document {
  const heading = (id: string, name: string, size: number, before: number) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: FONT, size, bold: true, color: BRAND },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  });
  const anchors: Anchors = { next: 1, entries: [] };
  return new Document({
    creator: 'CBRN NAP Builder',
    title: `${model.cover.title} — ${model.cover.subtitle}`,
    description: model.cover.basedOn,
    features: { updateFields: true },
    styles: {
      default: {
        document: { run: { font: FONT, size: 20 }, paragraph: { spacing: { after: 100, line: 264 } } },
      },
      paragraphStyles: [
        heading('Heading1', 'Heading 1', 30, 360),
        heading('Heading2', 'Heading 2', 24, 240),
        heading('Heading3', 'Heading 3', 21, 160),
        {
          id: 'Title',
          name: 'Title',
          basedOn: 'Normal',
          run: { font: FONT, size: 48, bold: true, color: BRAND },
          paragraph: { spacing: { before: 600, after: 300 } },
        },
        {
          id: 'Subtitle',
          name: 'Subtitle',
          basedOn: 'Normal',
          run: { font: FONT, size: 30, color: '5B6470' },
        },
        {
          id: 'Caption',
          name: 'Caption',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 17, italics: true, color: '5B6470' },
          paragraph: { spacing: { before: 60, after: 200 } },
        },
        { id: 'Note', name: 'Note', basedOn: 'Normal', run: { size: 17, italics: true, color: '5B6470' } },
        {
          id: 'TableText',
          name: 'Table Text',
          basedOn: 'Normal',
          run: { size: 17 },
          paragraph: { spacing: { after: 0, line: 240 } },
        },
        {
          id: 'TOC1',
          name: 'toc 1',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 21 },
          paragraph: { spacing: { before: 80, after: 80 } },
        },
        {
          id: 'TOCHeading',
          name: 'TOC Heading',
          basedOn: 'Normal',
          run: { font: FONT, size: 30, bold: true, color: BRAND },
          paragraph: { spacing: { after: 200 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'bullets',
          levels: [
            {
              level: 0,
              format: LevelFormat.BULLET,
              text: '•',
              alignment: AlignmentType.LEFT,
              style: { paragraph: { indent: { left: 360, hanging: 260 } } },
            },
          ],
        },
      ],
    },
    sections: withContents(model, anchors),
  });
}

/** Renders every section, then puts the contents after the heading of the section that asked for them. */
function withContents(model: ReportModel, anchors: Anchors): ISectionOptions[] {
  const sections = model.sections.map((s, i) => section(model, s, i === 0, anchors));
  return sections.map((s, i) => {
    const at = model.sections[i]!.blocks.findIndex((b) => b.kind === 'contents');
    if (at === -1) return s;
    const children = [...s.children];
    const offset = i === 0 ? cover(model).length : 0;
    children.splice(offset + at + 1, 0, ...contents(anchors));
    return { ...s, children };
  });
}

export async function docxBlob(model: ReportModel): Promise<Blob> {
  return Packer.toBlob(renderDocx(model));
}

export async function docxBuffer(model: ReportModel): Promise<Buffer> {
  return Packer.toBuffer(renderDocx(model));
}
