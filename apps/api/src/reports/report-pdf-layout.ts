import type { Content, ContentTable, CustomTableLayout, Margins, TableCell } from 'pdfmake/interfaces';
import type { PdfRole, PdfTag } from './report-pdf-tags';

// The building blocks of the quarterly report's PDF: Amsterdam's colours, the page, tables, headings, key
// figures.

// Amsterdam's house colours: red, and greys for the rest.
export const RED = '#EC0000';
export const DARK = '#1a1a1a';
export const GREY = '#767676';
export const LIGHT = '#f3f3f3';
export const LINE = '#d0d0d0';
export const PHASE_COLOURS: Record<string, string> = { scenario: '#a00078', experiment: '#004699', rollout: '#00a03c', stopped: '#767676' };
export const HEALTH_COLOURS: Record<string, string> = { on_track: '#00a03c', at_risk: '#ff9100', off_track: RED };

// A4 in points (pdfmake's size), and the page margins: left, top, right, bottom.
const PAGE_WIDTH = 595.28;
export const PAGE_MARGINS: [number, number, number, number] = [40, 56, 40, 48];
/** The width of the text column. */
export const CONTENT_WIDTH = PAGE_WIDTH - PAGE_MARGINS[0] - PAGE_MARGINS[2];

export const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// The look of every table: a rule under the header, hairlines between rows, a light header background.
const TABLE_LAYOUT: CustomTableLayout = {
  hLineWidth: (i, node) => (i === 0 || i === node.table.body.length ? 0 : i === 1 ? 0.8 : 0.4),
  vLineWidth: () => 0,
  hLineColor: (i) => (i === 1 ? DARK : LINE),
  fillColor: (i) => (i === 0 ? LIGHT : null),
  paddingTop: () => 3,
  paddingBottom: () => 3,
  paddingLeft: () => 4,
  paddingRight: () => 4,
};

/**
 * A table with a header row; `numeric` columns are right-aligned. Its text properties are set on the table
 * and its header cells directly, not through named styles: pdfmake looks a named style up again for every
 * property of every word below it, which in the big tables of a large lab adds up.
 */
export function table(widths: (string | number)[], header: string[], rows: TableCell[][], opts: { numeric?: number[] } = {}): ContentTable {
  const right = new Set(opts.numeric ?? []);
  // Tagged as a table with a header row (TH) and data rows (TD) for the PDF's structure (report-pdf-tags.ts).
  const headerRow = {};
  return {
    table: {
      headerRows: 1,
      widths,
      dontBreakRows: true,
      body: [
        header.map((h, n) => ({ text: h, bold: true, fontSize: 8, alignment: right.has(n) ? 'right' : 'left', pdfTag: { role: 'TH', row: headerRow } }) as TableCell),
        ...rows.map((r) => {
          const row = {};
          return r.map((c, n) => {
            const cell = typeof c === 'string' ? { text: c, ...(right.has(n) ? { alignment: 'right' } : {}) } : (c as object);
            return { ...cell, pdfTag: { role: 'TD', row } } as unknown as TableCell;
          });
        }),
      ],
    },
    layout: TABLE_LAYOUT,
    fontSize: 8.5,
    margin: [0, 0, 0, 4],
    pdfTag: 'Table',
  } as ContentTable;
}

/** The structure role of a heading style: the report's title is the one H1, sections are H2, their parts H3. */
const HEADING_ROLE: Record<'h1' | 'h2' | 'h3', PdfRole> = { h1: 'H2', h2: 'H2', h3: 'H3' };

/** A node with its role in the PDF's structure. */
export function tagged<T extends object>(node: T, tag: PdfTag): T {
  return { ...node, pdfTag: tag };
}

/** Room a heading keeps below itself: with less left on its page it moves to the next, with what it introduces. */
const KEEP_BELOW = 72;

/**
 * A heading that never ends a page apart from what follows it. pdfmake's own means to that,
 * pageBreakBefore, lays the whole document out again for every heading it moves (27 times over for a lab
 * of 59 projects: 7 s); this keeps the room in the one pass: the heading and a blank of KEEP_BELOW points
 * below it are one unbreakable block, and an empty canvas after it takes the blank back.
 */
export function heading(text: string, style: 'h1' | 'h2' | 'h3', opts: { pageBreak?: 'before'; margin?: Margins } = {}): Content[] {
  return [
    {
      stack: [{ text, style, margin: opts.margin, pdfTag: HEADING_ROLE[style] } as Content, { canvas: [], margin: [0, KEEP_BELOW, 0, 0] }],
      unbreakable: true, pageBreak: opts.pageBreak,
    },
    { canvas: [], margin: [0, -KEEP_BELOW, 0, 0] },
  ];
}

export function keyFigure(label: string, value: string, note: string): Content {
  return {
    pdfTag: 'Div',
    table: {
      widths: ['*'],
      body: [[{
        stack: [
          { text: value, fontSize: 20, bold: true, color: DARK },
          { text: label, fontSize: 9, bold: true, margin: [0, 2, 0, 0] },
          { text: note, fontSize: 8, color: GREY, margin: [0, 1, 0, 0] },
        ],
        margin: [6, 6, 6, 6],
      }]],
    },
    layout: { hLineWidth: () => 0, vLineWidth: (i: number) => (i === 0 ? 3 : 0), vLineColor: () => RED, fillColor: () => LIGHT },
  } as Content;
}

export function dot(colour: string, label: string): Content {
  return { text: [{ text: '● ', color: colour }, label] };
}
