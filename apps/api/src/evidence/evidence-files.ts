import { PassThrough } from 'node:stream';
import { stringify } from 'csv-stringify';
import { csvSafe, type ComparisonRow, type EvidenceComparison } from '@lab/domain';
import { AGGREGATION_NL, PHASE_NL, UNIT_NL } from '../reports/report-format';

// The comparison as a file for the focus team's own analysis and for the council: one row per definition and
// project, in Dutch, hidden counts as "< 5" exactly as on screen (the rows are the answer's own).

const HEADERS = [
  'Definitie', 'Eenheid', 'Telling', 'Projectcode', 'Project', 'Fase', 'Indicator', 'Laatste kwartaal', 'Laatste waarde', 'Stand',
  'Streefwaarde', 'Voortgang', 'Trend (4 kwartalen)', 'Bewijskracht', 'Succescriteria gehaald', 'Kosten per uitkomst (euro)',
];

type Cell = string | number | null;

function cells(c: EvidenceComparison): Cell[][] {
  return c.definitions.flatMap((d) => d.rows.map((r: ComparisonRow): Cell[] => [
    d.name, UNIT_NL[d.unit], AGGREGATION_NL[d.aggregation], r.projectCode, r.projectTitle, PHASE_NL[r.phase], r.indicatorName,
    r.latest?.period ?? null, r.latest?.value ?? null, r.figure, r.target, r.progress,
    r.trend.map((t) => `${t.period}: ${t.value ?? '–'}`).join(' · '), r.evidenceLabel.nl,
    r.criteria ? `${r.criteria.met} van ${r.criteria.total}` : null,
    r.costPerOutcomeCents === null ? null : r.costPerOutcomeCents / 100,
  ]));
}

const nl = (v: Cell) => (v === null ? '' : typeof v === 'number' ? String(v).replace('.', ',') : v);

export function evidenceCsv(c: EvidenceComparison): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    stringify(cells(c).map((row) => row.map(nl)), { header: true, columns: HEADERS, delimiter: ';', bom: true, record_delimiter: 'windows', cast: { string: csvSafe } },
      (error, output) => (error ? reject(error) : resolve(Buffer.from(output, 'utf8'))));
  });
}

export async function evidenceXlsx(c: EvidenceComparison): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (b: Buffer) => chunks.push(b));
  // exceljs is some 45 MB once loaded: loaded when a file is made, not when the API starts.
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true });
  const ws = wb.addWorksheet('Wat werkt', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = HEADERS.map((header, n) => ({ header, width: [30, 10, 10, 12, 40, 12, 40, 12, 12, 10, 12, 11, 40, 36, 14, 14][n] }));
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: HEADERS.length } };
  for (const row of cells(c)) {
    const added = ws.addRow(row);
    added.getCell(12).numFmt = '0%';
    added.getCell(16).numFmt = '"€" #,##0.00';
    added.commit();
  }
  ws.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}
