import { dirname } from 'node:path';
import pdfmake from 'pdfmake';
import robotoFiles from 'pdfmake/fonts/Roboto.js';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { DEFAULT_SMALL_NUMBER_THRESHOLD, type QuarterlyReport, type ReportStamp } from '@lab/domain';
import { quarterNl, shortDateNl, stampWords } from './report-format';
import { capitalised, DARK, GREY, heading, PAGE_MARGINS, RED } from './report-pdf-layout';
import { LineBreaker } from './report-pdf-lines';
import { installPdfTagging } from './report-pdf-tags';
import { COMPACT_HEADING, COMPACT_INDICATORS, type CompactLines, compactSection, projectSection } from './report-pdf-projects';
import { evidenceSection } from './report-pdf-evidence';
import { overview, summary } from './report-pdf-summary';
import { correctionsSection } from './report-pdf-corrections';
import { cutNotice } from './report-pdf-summary';
import { PDF_MAX_PROJECTS, pdfReport } from './report-pdf-cut';

// The quarterly report as an A4 PDF in Dutch, for the council: a summary page with the lab totals and two
// charts, an overview of all projects, a section per project, then "wat werkt" per theme. Rendered with pdfmake (pdfkit
// underneath) and its bundled Roboto fonts; charts are SVG. No file or URL is ever read but the fonts.

// The font files' absolute paths, as pdfmake's own server-side font list gives them.
const FONT_DIR = dirname(robotoFiles.Roboto.normal);
pdfmake.setFonts(robotoFiles);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path.startsWith(FONT_DIR));
installPdfTagging();

/** From this many projects on, each project's section is compact: a heading line and a paragraph of its indicators. */
export const COMPACT_FROM_PROJECTS = 60;

/**
 * The document of a report. `stamp` is a frozen version's: every page then names its version, and the
 * first page when and by whom it was frozen and the data's checksum; without one (a live download) every
 * page says it is a draft.
 */
export function reportDocument(full: QuarterlyReport, stamp: ReportStamp | null = null, maxProjects = PDF_MAX_PROJECTS): TDocumentDefinitions {
  const r = pdfReport(full, maxProjects);
  // One line breaker per compact style for the whole report: each keeps the widths of the words it measured.
  const compact: CompactLines | null = (r.pdfCut?.projects ?? r.projects.length) >= COMPACT_FROM_PROJECTS
    ? { heading: new LineBreaker(COMPACT_HEADING), indicators: new LineBreaker(COMPACT_INDICATORS) }
    : null;
  const words = stampWords(stamp, r.generatedAt);
  const threshold = r.lab.smallNumberThreshold ?? DEFAULT_SMALL_NUMBER_THRESHOLD;
  const title = `Kwartaalrapportage ${r.lab.name} ${r.period}`;
  return {
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    info: { title: stamp ? title : `${title} (${words.badge.toLowerCase()})`, author: 'Meedoen Werkt lab tracker', subject: `Kwartaalrapportage ${r.period}`, keywords: words.badge },
    // Tagged for accessibility (PDF/UA): Dutch as the document's language, its title shown instead of the file
    // name, and a structure of headings, paragraphs and tables (report-pdf-tags.ts).
    version: '1.7',
    subset: 'PDF/UA',
    tagged: true,
    displayTitle: true,
    language: 'nl-NL',
    // Headers and footers repeat on every page: page furniture (artifacts), not part of the text read aloud.
    header: () => ({
      columns: [
        { text: `Kwartaalrapportage ${r.lab.name} · ${capitalised(quarterNl(r.period))}`, fontSize: 8, color: GREY },
        { text: words.badge, fontSize: 8, bold: true, color: stamp ? DARK : RED, alignment: 'right', width: 'auto' },
      ],
      margin: [40, 24, 40, 0],
      pdfTag: 'Artifact',
    }) as Content,
    footer: (page: number, pages: number) => ({
      columns: [
        { stack: [words.detail, ...(words.checksum ? [words.checksum] : [])], fontSize: 6.5, color: stamp ? GREY : RED },
        { text: `Pagina ${page} van ${pages}`, fontSize: 7.5, color: GREY, alignment: 'right', width: 70 },
      ],
      margin: [40, 14, 40, 0],
      pdfTag: 'Artifact',
    }) as Content,
    content: [
      ...summary(r, compact, words, stamp !== null),
      ...overview(r),
      ...(compact ? [
        ...heading('Indicatoren per project', 'h1', { pageBreak: 'before' }),
        { text: `Met ${r.pdfCut?.projects ?? r.projects.length} projecten staan de indicatoren hier beknopt; de volledige tabellen staan in de XLSX-download.`, style: 'muted' } as Content,
      ] : []),
      ...cutNotice(r, 'projects'),
      ...(compact ? r.projects.flatMap((p) => compactSection(p, compact, threshold)) : r.projects.flatMap((p, n) => projectSection(p, n === 0, threshold))),
      ...evidenceSection(r, compact !== null),
      ...correctionsSection(r),
      ...heading('Toelichting', 'h2', { margin: [0, 16, 0, 4] }),
      {
        pdfTag: 'L',
        ul: [
          'Alleen door het focusteam goedgekeurde metingen tellen mee in waarden, standen, voortgang en betalingen.',
          'Streefwaarde: de streefwaarde die in dit kwartaal gold; een * betekent dat die door een herziening is vastgesteld.',
          'Stand: het totaalcijfer van de indicator tot en met dit kwartaal (opgeteld, laatste waarde of gemiddelde, per indicator).',
          'Voortgang: (stand − basis) / (streefwaarde − basis). Op koers: de voortgang is hooguit 10 procentpunt minder dan de verstreken tijd tot de streefdatum.',
          'Indicatoren op koers (zoals 4 / 28): het aantal op koers van alle indicatoren; een indicator zonder streefwaarde of goedgekeurde waarde telt mee als niet op koers.',
          'Tijden zijn Amsterdamse tijd.',
          `Mijlpalen zijn beoordeeld per ${shortDateNl(r.asOf)}: te laat is een mijlpaal waarvan de datum verstreken is en die toen niet afgerond was.`,
          'Resultaatbetaling: prijs per eenheid × nieuwe eenheden boven de basis (en boven wat al betaald is), nooit meer dan het resterende maximum.',
        ].map((text) => ({ text, pdfTag: 'LI' })),
        fontSize: 8.5, color: GREY,
      } as Content,
    ],
    defaultStyle: { font: 'Roboto', fontSize: 9, color: DARK, lineHeight: 1.15 },
    styles: {
      kicker: { fontSize: 11, color: RED, bold: true, margin: [0, 0, 0, 2] },
      title: { fontSize: 22, bold: true, margin: [0, 0, 0, 2] },
      subtitle: { fontSize: 11, color: GREY, margin: [0, 0, 0, 14] },
      h1: { fontSize: 15, bold: true, margin: [0, 10, 0, 6] },
      h2: { fontSize: 12, bold: true, margin: [0, 8, 0, 4] },
      h3: { fontSize: 10, bold: true, margin: [0, 8, 0, 3] },
      muted: { fontSize: 8.5, color: GREY },
      note: { fontSize: 7.5, color: GREY, margin: [0, 2, 0, 4] },
    },
  };
}

/** The PDF file of a report, stamped as a frozen version or marked as a draft. */
export async function renderReportPdf(r: QuarterlyReport, stamp: ReportStamp | null = null): Promise<Buffer> {
  const doc = pdfmake.createPdf(reportDocument(r, stamp));
  return (doc as unknown as { getBuffer(): Promise<Buffer> }).getBuffer();
}
