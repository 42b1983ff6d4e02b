import type ExcelJS from 'exceljs';
import {
  cellText, DomainError, ENUM_LABELS, FILE_WORDS, formulaProblem, INPUT_COLUMNS, META_SHEET, partsColumn, sheetNameOf, TEMPLATE_COLUMNS, TEMPLATE_KIND,
  TEMPLATE_ROWS, TEMPLATE_VERSION,
  type QuarterEntry, type TemplateMeta,
} from '@lab/domain';

// The quarter's spreadsheet: one sheet per project (a lab's template has all of its projects), a hidden row
// of machine keys above the headings so that a reader never depends on the words, and a very hidden sheet
// with what the file is (template, version, lab, quarter, projects), so that an upload can be checked.

/** How many workbooks may wait to be made or read while one is: past that the answer is 503, to retry. */
const MAX_WAITING = 4;
let line: Promise<unknown> = Promise.resolve();
let waiting = 0;

/**
 * Makes or reads one workbook at a time in this process: each can take a hundred MB of heap while exceljs holds
 * it, so two at once must not meet in the app's 256 MB. The rest wait their turn, a few at most.
 */
export async function oneAtATime<T>(work: () => Promise<T>): Promise<T> {
  // `waiting` counts the one at work too.
  if (waiting > MAX_WAITING) throw new DomainError('UNAVAILABLE', 'Too many spreadsheets are being made or read right now: try again in a few seconds.');
  waiting++;
  const turn = line.then(work);
  line = turn.catch(() => undefined);
  try {
    return await turn;
  } finally {
    waiting--;
  }
}

/** exceljs is some 45 MB once loaded: loaded when a template is made or read, not at boot. */
async function excel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

export interface TemplateSheet {
  entry: QuarterEntry;
  /** Last quarter's value per indicator id. */
  previous: Map<number, number>;
}

/** The headings: Dutch first, English after it, as the dashboard speaks. */
const HEADINGS: Record<string, string> = {
  indicatorId: 'Indicator-id (niet wijzigen) / do not change', indicator: 'Indicator', unit: 'Eenheid / Unit', target: 'Streefwaarde dit kwartaal / Target',
  previous: 'Vorig kwartaal / Last quarter', status: 'Status', value: 'Waarde / Value', peopleMeasured: 'Aantal mensen gemeten / People measured',
  note: 'Toelichting / Note', evidenceUrl: 'Bewijs (link) / Evidence (link)',
};
const WIDTHS: Record<string, number> = { indicatorId: 12, indicator: 40, unit: 12, target: 14, previous: 14, status: 14, value: 14, peopleMeasured: 14, note: 40, evidenceUrl: 30 };
const READ_ONLY = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F3F3' } } as const;
const INPUT = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFDE7' } } as const;
const NL = ENUM_LABELS.nl;

/** The column keys of a project's sheet: the fixed ones, then a breakdown cell per dimension value of its indicators. */
export function columnsOf(entry: QuarterEntry): { key: string; heading: string }[] {
  const columns = TEMPLATE_COLUMNS.map((key) => ({ key, heading: HEADINGS[key] }));
  const seen = new Set<string>();
  for (const i of entry.indicators) {
    for (const d of i.dimensions) {
      for (const v of d.values) {
        const key = partsColumn(d.key, v.code);
        if (seen.has(key)) continue;
        seen.add(key);
        columns.push({ key, heading: `${d.name}: ${v.label}` } as { key: (typeof TEMPLATE_COLUMNS)[number]; heading: string });
      }
    }
  }
  return columns;
}

/** The template of one project's quarter, or of a lab's (a sheet per project), as XLSX bytes. */
export async function templateWorkbook(scope: 'project' | 'lab', labId: number, period: string, sheets: TemplateSheet[]): Promise<Buffer> {
  const Excel = await excel();
  const wb = new Excel.Workbook();
  wb.creator = 'Meedoen Werkt lab tracker';
  const taken = new Set<string>();
  const placed: { projectId: number; projectCode: string; sheet: string }[] = [];
  for (const { entry, previous } of sheets) {
    const name = sheetNameOf(entry.projectCode, taken);
    taken.add(name.toLowerCase());
    placed.push({ projectId: entry.projectId, projectCode: entry.projectCode, sheet: name });
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: TEMPLATE_ROWS.header, xSplit: 2 }] });
    const columns = columnsOf(entry);
    ws.columns = columns.map((c) => ({ key: c.key, width: WIDTHS[c.key] ?? 16 }));

    ws.getCell(TEMPLATE_ROWS.title, 1).value = `${entry.projectCode} — ${entry.projectTitle} — ${period}`;
    ws.getCell(TEMPLATE_ROWS.title, 1).font = { bold: true, size: 14 };
    ws.getCell(TEMPLATE_ROWS.health, 1).value = 'Gezondheid / Health (Op koers, Risico, Uit koers)';
    ws.getCell(TEMPLATE_ROWS.narrative, 1).value = 'Wat gebeurde er dit kwartaal / What happened this quarter';
    const health = ws.getCell(TEMPLATE_ROWS.health, 2);
    health.value = entry.statusUpdate ? NL.health[entry.statusUpdate.health] : null;
    health.dataValidation = { type: 'list', allowBlank: true, formulae: [`"${Object.values(NL.health).join(',')}"`] };
    const narrative = ws.getCell(TEMPLATE_ROWS.narrative, 2);
    narrative.value = entry.statusUpdate?.narrative ?? null;
    narrative.alignment = { wrapText: true, vertical: 'top' };
    for (const cell of [health, narrative]) cell.fill = INPUT;
    ws.mergeCells(TEMPLATE_ROWS.narrative, 2, TEMPLATE_ROWS.narrative, Math.max(6, columns.length));
    ws.getRow(TEMPLATE_ROWS.narrative).height = 60;

    const keys = ws.getRow(TEMPLATE_ROWS.keys);
    keys.values = columns.map((c) => c.key);
    keys.hidden = true;
    const header = ws.getRow(TEMPLATE_ROWS.header);
    header.values = columns.map((c) => c.heading);
    header.font = { bold: true };

    entry.indicators.forEach((i, n) => {
      const m = i.measurement;
      const parts = Object.fromEntries(Object.entries(m?.parts ?? {}).flatMap(([k, cells]) => Object.entries(cells).map(([code, v]) => [partsColumn(k, code), v])));
      const row = ws.getRow(TEMPLATE_ROWS.first + n);
      const own = new Set(i.dimensions.flatMap((d) => d.values.map((v) => partsColumn(d.key, v.code))));
      columns.forEach((c, col) => {
        const cell = row.getCell(col + 1);
        const values: Record<string, ExcelJS.CellValue> = {
          indicatorId: i.id, indicator: i.name, unit: NL.indicator_unit[i.unit], target: i.targetValue, previous: previous.get(i.id) ?? null,
          status: m ? NL.measurement_status[m.status] : null, value: m?.value ?? null, peopleMeasured: m?.peopleMeasured ?? null,
          note: m?.note ?? null, evidenceUrl: m?.evidenceUrl ?? null,
        };
        cell.value = c.key in values ? values[c.key] : (parts[c.key] ?? null);
        const input = (INPUT_COLUMNS as readonly string[]).includes(c.key) || own.has(c.key);
        // A locked value is there to read, like the entry screen shows it.
        cell.fill = input && i.editable ? INPUT : READ_ONLY;
      });
    });
  }

  const meta = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  meta.addRow(['kind', TEMPLATE_KIND]);
  meta.addRow(['version', TEMPLATE_VERSION]);
  meta.addRow(['scope', scope]);
  meta.addRow(['labId', labId]);
  meta.addRow(['period', period]);
  for (const p of placed) meta.addRow(['project', p.projectId, p.projectCode, p.sheet]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A sheet of an uploaded template as its rows: per row number, the cells by column key. */
export interface ReadSheet {
  name: string;
  /** The status update cells. */
  health: unknown;
  narrative: unknown;
  rows: { row: number; cells: Record<string, unknown> }[];
}

export type ReadTemplate = { problem: string } | { meta: TemplateMeta; sheets: Map<string, ReadSheet> };

/**
 * What a template may unpack to: exceljs holds some 13 bytes of heap per byte of sheet XML, and the app runs in
 * a 256 MB heap. A lab of a hundred projects with eight indicators each unpacks to some 0.8 MB; 8 MB is the most.
 */
export const MAX_UNPACKED_BYTES = 8 * 1024 * 1024;
const MAX_ENTRIES = 2000;

/**
 * Whether the ZIP's central directory declares at most MAX_ENTRIES files and MAX_UNPACKED_BYTES in all, read
 * before the archive is unpacked: a small upload must not unpack to gigabytes in the API's memory.
 */
export function zipWithinLimits(bytes: Buffer): boolean {
  const floor = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let i = bytes.length - 22; i >= floor; i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) { end = i; break; }
  }
  if (end < 0) return false;
  const entries = bytes.readUInt16LE(end + 10);
  const offset = bytes.readUInt32LE(end + 16);
  if (entries > MAX_ENTRIES || offset >= bytes.length) return false;
  let at = offset;
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== 0x02014b50) return false;
    const size = bytes.readUInt32LE(at + 24);
    // 0xffffffff: the size is in a ZIP64 field; no template of ours is that large.
    if (size === 0xffffffff) return false;
    total += size;
    if (total > MAX_UNPACKED_BYTES) return false;
    at += 46 + bytes.readUInt16LE(at + 28) + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return true;
}

const isFormula = (value: unknown) =>
  typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value || 'formulae' in value);

/**
 * Reads an uploaded file as a template: its metadata and every sheet it names. Anything that is not a
 * workbook this product made, or that holds a formula in a cell that is read, comes back as the `file`
 * field's problem; nothing here throws for what a client sends.
 */
export async function readTemplate(bytes: Buffer): Promise<ReadTemplate> {
  // A workbook is a ZIP archive: anything else is not even opened.
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== 0x04034b50 || !zipWithinLimits(bytes)) return { problem: FILE_WORDS.notXlsx };
  const Excel = await excel();
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { problem: FILE_WORDS.notXlsx };
  }
  const metaSheet = wb.getWorksheet(META_SHEET);
  const meta: TemplateMeta = { kind: null, version: null, scope: null, labId: null, period: null, projects: [] };
  if (!metaSheet) return { meta, sheets: new Map() };
  for (let r = 1; r <= Math.min(metaSheet.rowCount, 2000); r++) {
    const row = metaSheet.getRow(r);
    const key = cellText(row.getCell(1).value);
    const cells = [2, 3, 4].map((c) => row.getCell(c).value);
    if (cells.some(isFormula)) return { problem: formulaProblem(META_SHEET, row.getCell(2).address) };
    const [a, b, c] = cells.map(cellText);
    const int = (t: string | null) => (t !== null && /^\d{1,9}$/.test(t) ? Number(t) : null);
    if (key === 'kind') meta.kind = a;
    else if (key === 'version') meta.version = int(a);
    else if (key === 'scope') meta.scope = a === 'project' || a === 'lab' ? a : null;
    else if (key === 'labId') meta.labId = int(a);
    else if (key === 'period') meta.period = a;
    // A project named twice is read once.
    else if (key === 'project' && int(a) !== null && b && c && !meta.projects.some((p) => p.projectId === int(a))) meta.projects.push({ projectId: int(a)!, projectCode: b, sheet: c });
  }
  const sheets = new Map<string, ReadSheet>();
  for (const p of meta.projects) {
    const ws = wb.getWorksheet(p.sheet);
    if (!ws) return { problem: FILE_WORDS.sheetMissing(p.sheet) };
    const keys = (ws.getRow(TEMPLATE_ROWS.keys).values as unknown[]).map((v) => cellText(v));
    const read = new Set([...INPUT_COLUMNS, 'indicatorId']);
    const wanted = keys.map((k, col) => [k, col] as const).filter(([k]) => k && (read.has(k) || k.startsWith('parts.'))) as [string, number][];
    const status = [ws.getCell(TEMPLATE_ROWS.health, 2), ws.getCell(TEMPLATE_ROWS.narrative, 2)];
    for (const cell of status) if (isFormula(cell.value)) return { problem: formulaProblem(p.sheet, cell.address) };
    const sheet: ReadSheet = { name: p.sheet, health: status[0].value, narrative: status[1].value, rows: [] };
    // A team may add a row (it is refused, by name); the sheet is never longer than a few hundred indicators.
    for (let r = TEMPLATE_ROWS.first; r <= Math.min(ws.rowCount, TEMPLATE_ROWS.first + 1000); r++) {
      const row = ws.getRow(r);
      const cells: Record<string, unknown> = {};
      for (const [key, col] of wanted) {
        const cell = row.getCell(col);
        if (isFormula(cell.value)) return { problem: formulaProblem(p.sheet, cell.address) };
        cells[key] = cell.value;
      }
      if (Object.values(cells).some((v) => cellText(v) !== null)) sheet.rows.push({ row: r, cells });
    }
    sheets.set(p.sheet, sheet);
  }
  return { meta, sheets };
}
