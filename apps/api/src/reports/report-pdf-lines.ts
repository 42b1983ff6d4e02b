import PDFDocument from 'pdfkit';
import robotoFiles from 'pdfmake/fonts/Roboto.js';
import type { ContentText } from 'pdfmake/interfaces';

// pdfmake lays a paragraph out word by word: every word becomes an inline that costs some twenty style
// look-ups, a copy of the paragraph's remaining inlines while its line is filled, and a pdfkit text call
// of its own. For the long paragraphs of a large lab that is most of the rendering time. Breaking such a
// paragraph into lines here, measured with the same font file by the same pdfkit, lets pdfmake set each
// line as one unbreakable text: the same lines at a fraction of the cost.

interface Line {
  text: string;
  width: number;
}

/** The text style a LineBreaker measures in; the same object is meant to style the paragraphs it breaks. */
export interface LineStyle {
  bold: boolean;
  fontSize: number;
}

/** Breaks text set in one style into lines, as pdfmake would. */
export class LineBreaker {
  // A pdfkit document of its own, made per report: its font caches the layout of every word it measured,
  // as this does their widths (a large lab's paragraphs repeat the same few words).
  private readonly kit: PDFKit.PDFDocument;
  private readonly widths = new Map<string, number>();

  constructor(style: LineStyle) {
    this.kit = new PDFDocument({ autoFirstPage: false }).font(robotoFiles.Roboto[style.bold ? 'bold' : 'normal']).fontSize(style.fontSize);
  }

  /**
   * `text` as a paragraph at most `width` points wide, for a pdfmake stack: one noWrap text per line (one
   * text per line is cheaper for pdfmake than a text array with line ends). A word wider than the whole
   * line is left for pdfmake to break.
   */
  paragraph(text: string, width: number): ContentText[] {
    return this.lines(text, width).map((line) => ({ text: line.text, noWrap: line.width <= width }));
  }

  /**
   * Greedy, like pdfmake: a word goes on the line if the line, without the spaces after that word, still
   * fits. Lines break at spaces only (pdfmake would also break after a hyphen), not at the no-break space
   * in an amount (`€ 1.000,00`); a line break in the text becomes a space, as a noWrap text would draw it
   * rather than obey it.
   */
  private lines(text: string, width: number): Line[] {
    const lines: Line[] = [];
    let line: Line = { text: '', width: 0 };
    let spaces = 0; // the width of the spaces that end the line so far
    for (const word of text.replace(/[\r\n]+/g, ' ').match(/[^ ]+ */g) ?? []) {
      const wordWidth = this.width(word);
      const trailing = word.length - word.trimEnd().length;
      const wordSpaces = trailing ? this.width(word.slice(-trailing)) : 0;
      if (line.text && line.width + wordWidth - wordSpaces > width) {
        lines.push({ text: line.text.trimEnd(), width: line.width - spaces });
        line = { text: '', width: 0 };
      }
      line.text += word;
      line.width += wordWidth;
      spaces = wordSpaces;
    }
    if (line.text) lines.push({ text: line.text.trimEnd(), width: line.width - spaces });
    return lines;
  }

  private width(s: string): number {
    let width = this.widths.get(s);
    if (width === undefined) this.widths.set(s, (width = this.kit.widthOfString(s)));
    return width;
  }
}
