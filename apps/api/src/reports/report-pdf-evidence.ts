import type { Content } from 'pdfmake/interfaces';
import type { QuarterlyReport } from '@lab/domain';
import { AGGREGATION_NL, UNIT_NL } from './report-format';
import { EVIDENCE_ROW_HEADER, evidenceIntroNl, evidenceRowNl, evidenceTotalsNl } from './report-evidence-words';
import { heading, table } from './report-pdf-layout';

/** In a big lab's compact report, a definition lists this many projects; the XLSX holds every row. */
export const COMPACT_EVIDENCE_ROWS = 10;

/** The project column takes what is left: about 150 pt of the page's 515. */
const WIDTHS = ['*', 50, 34, 50, 40, 74, 36, 46];

/** The report's "Wat werkt per thema": per theme, each shared definition's lab totals and its projects. */
export function evidenceSection(r: QuarterlyReport, compact: boolean): Content[] {
  const out: Content[] = [
    ...heading('Wat werkt per thema', 'h1', { pageBreak: 'before' }),
    { text: evidenceIntroNl(r), style: 'muted', margin: [0, 0, 0, 6] },
  ];
  const themes = r.evidence ?? []; // versions frozen before the section existed have none
  if (themes.length === 0) {
    out.push({ text: 'Geen project van het lab gebruikt een gedeelde indicator uit de bibliotheek.', style: 'muted' });
    return out;
  }
  for (const theme of themes) {
    out.push(...heading(theme.themeName, 'h2', { margin: [0, 12, 0, 4] }));
    for (const d of theme.definitions) {
      out.push(...heading(d.name, 'h3'));
      out.push({ text: `${UNIT_NL[d.unit]} · ${AGGREGATION_NL[d.aggregation].toLowerCase()} · ${evidenceTotalsNl(d)}`, fontSize: 8.5, margin: [0, 0, 0, 3] });
      const rows = compact ? d.rows.slice(0, COMPACT_EVIDENCE_ROWS) : d.rows;
      const t = table(WIDTHS, EVIDENCE_ROW_HEADER, rows.map((row) => evidenceRowNl(row, d.unit)), { numeric: [1, 2, 3, 4, 6, 7] });
      // The header row never ends a page alone.
      out.push({ ...t, table: { ...t.table, keepWithHeaderRows: 1 }, fontSize: 8 });
      if (rows.length < d.rows.length) {
        out.push({ text: `… en nog ${d.rows.length - rows.length} projecten; alle rijen staan in de XLSX-download (blad "Wat werkt per thema").`, style: 'note' });
      }
    }
  }
  return out;
}
