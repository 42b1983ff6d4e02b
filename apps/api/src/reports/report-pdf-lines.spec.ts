import PDFDocument from 'pdfkit';
import robotoFiles from 'pdfmake/fonts/Roboto.js';
import { LineBreaker } from './report-pdf-lines';

const style = { bold: false, fontSize: 7.5 };
const kit = new PDFDocument({ autoFirstPage: false }).font(robotoFiles.Roboto.normal).fontSize(style.fontSize);
const width = (s: string) => kit.widthOfString(s);

const TEXT = Array.from({ length: 60 }, (_, n) =>
  `Indicator ${n}: dit kwartaal ${n * 7}, streefwaarde € 1.000,00, voortgang ${n % 100}%`).join(' · ');

describe('LineBreaker', () => {
  const breaker = new LineBreaker(style);

  it('keeps every word, in order, and breaks at spaces only', () => {
    const lines = breaker.paragraph(TEXT, 300).map((l) => l.text as string);
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.join(' ')).toBe(TEXT);
    for (const line of lines) expect(line).toBe(line.trim());
  });

  it('fills each line as far as it fits, and no further', () => {
    const lines = breaker.paragraph(TEXT, 300).map((l) => l.text as string);
    lines.forEach((line, n) => {
      expect(width(line)).toBeLessThanOrEqual(300);
      // The next line's first word would not have fitted on this one.
      const next = lines[n + 1]?.split(' ')[0];
      if (next) expect(width(`${line} ${next}`)).toBeGreaterThan(300);
    });
  });

  it('leaves a word wider than the line to pdfmake, and keeps the amount in one piece', () => {
    const long = 'Participatiewetbegeleidingstrajectenevaluatieonderzoeksrapportage';
    const lines = breaker.paragraph(`kort ${long} kort`, 100);
    expect(lines.map((l) => l.text)).toEqual(['kort', long, 'kort']);
    expect(lines.map((l) => l.noWrap)).toEqual([true, false, true]);
    expect(breaker.paragraph('bedrag €\u00a01.000,00', 30).map((l) => l.text)).toContain('€\u00a01.000,00'); // a no-break space, as centsNl writes
  });

  it('treats a line break in the text as a space', () => {
    expect(breaker.paragraph('eerste\nregel en\r\nmeer', 500).map((l) => l.text)).toEqual(['eerste regel en meer']);
  });
});
