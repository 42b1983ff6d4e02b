import { HEALTHS, type Health } from './enums';
import { ENUM_LABELS, LABEL_LANGUAGES } from './labels';

// The quarter's spreadsheet template (GET …/template.xlsx) and its import (POST …/import): what the file
// carries, how a cell's contents become what the quarterly entry's PUT takes, and why a file is refused.
// The rules of the values themselves are the quarterly entry's own (apps/api/src/quarters): not here.

/** What the hidden sheet says the file is; a file without it is not one of this product's templates. */
export const TEMPLATE_KIND = 'meedoen-werkt-quarter-template';
/** Raised whenever the layout changes: a file of an older layout is refused, never misread. */
export const TEMPLATE_VERSION = 1;
/** The largest upload taken; larger ones are refused while they arrive, never buffered whole. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** The multipart field the file travels in. */
export const IMPORT_FILE_FIELD = 'file';
/** The hidden sheet with the template's metadata. */
export const META_SHEET = 'meta';

/** The columns of a project's sheet, by the machine key in its (hidden) key row. */
export const TEMPLATE_COLUMNS = ['indicatorId', 'indicator', 'unit', 'target', 'previous', 'status', 'value', 'peopleMeasured', 'note', 'evidenceUrl'] as const;
/** The cells a team fills in; the rest are there to read. */
export const INPUT_COLUMNS = ['value', 'peopleMeasured', 'note', 'evidenceUrl'] as const;
/** A breakdown cell's column key: `parts.stadsdeel.noord`. */
export const partsColumn = (dimension: string, code: string) => `parts.${dimension}.${code}`;
/** Rows of a project's sheet: title, health, narrative, the hidden keys, the headings, then one row per indicator. */
export const TEMPLATE_ROWS = { title: 1, health: 2, narrative: 3, keys: 4, header: 5, first: 6 } as const;

export interface TemplateMeta {
  kind: string | null;
  version: number | null;
  scope: 'project' | 'lab' | null;
  labId: number | null;
  period: string | null;
  /** The projects in the file: their id, code and the sheet each is on. */
  projects: { projectId: number; projectCode: string; sheet: string }[];
}

export interface ExpectedTemplate {
  scope: 'project' | 'lab';
  labId: number;
  period: string;
  /** For a project's import: the project. */
  projectId?: number;
  projectCode?: string;
}

/**
 * Why the file's metadata does not fit the import it was sent to, in words for the `file` field; null when it
 * fits. The version is checked before the rest: an older layout is not read any further.
 */
export function templateProblem(meta: TemplateMeta | null, expected: ExpectedTemplate): string | null {
  if (!meta || meta.kind !== TEMPLATE_KIND) {
    return 'is not a quarter template of this tracker: download the template from the quarterly entry and fill that in';
  }
  if (meta.version !== null && meta.version > TEMPLATE_VERSION) {
    return `is a newer template (version ${meta.version}) than this tracker reads (version ${TEMPLATE_VERSION}): download the template here and fill that in`;
  }
  if (meta.version !== TEMPLATE_VERSION) {
    return `is an older template (version ${meta.version ?? 'unknown'}): download a new template (version ${TEMPLATE_VERSION}) and fill that in`;
  }
  if (meta.period !== expected.period) {
    return `is the template of ${meta.period ?? 'another quarter'}, not of ${expected.period}: download the template of ${expected.period}`;
  }
  if (expected.scope === 'project') {
    if (meta.scope !== 'project') return 'is the template of a whole lab: import it at the lab, or download this project\'s template';
    const [project] = meta.projects;
    if (meta.projects.length !== 1 || project.projectId !== expected.projectId) {
      return `is the template of project ${project?.projectCode ?? 'unknown'}, not of ${expected.projectCode}: download this project's template`;
    }
    return null;
  }
  if (meta.scope !== 'lab' || meta.labId !== expected.labId) {
    return meta.scope === 'lab'
      ? `is the template of another lab (id ${meta.labId ?? 'unknown'}): download this lab's template`
      : 'is the template of one project: import it at the project, or download the lab\'s template';
  }
  return null;
}

/** What a cell holds, as exceljs reads it: a value, or a formula (with or without its cached result). */
export type CellContent = { formula: true } | { value: unknown };

/** A cell's contents as the PUT would take them: a number, a text, or nothing. */
export type CellValue = number | string | null;

/** Text of a cell, whatever exceljs made of it (rich text, a hyperlink, a date); null for an empty cell. */
export function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { richText?: { text?: unknown }[]; text?: unknown; hyperlink?: unknown; result?: unknown; error?: unknown };
    if (Array.isArray(v.richText)) return cellText(v.richText.map((r) => (typeof r?.text === 'string' ? r.text : '')).join(''));
    if (typeof v.hyperlink === 'string') return cellText(v.hyperlink);
    if (typeof v.text === 'string') return cellText(v.text);
    if (typeof v.error === 'string') return v.error;
  }
  return null;
}

const DECIMAL = /^-?\d+(?:[.,]\d+)?$/;

/**
 * A figure cell: a number stays a number, a text such as "12,5" or "12.5" (Dutch users type a comma) becomes
 * one; any other text is passed on as it is, so that the entry's own validation refuses it in its words.
 */
export function figureOf(value: unknown): CellValue {
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  const text = cellText(value);
  if (text === null) return null;
  const compact = text.replace(/\s/g, '');
  return DECIMAL.test(compact) ? Number(compact.replace(',', '.')) : text;
}

/** The health cell: the code or its words in Dutch or English (any case); other text is passed on as it is. */
export function healthOf(value: unknown): Health | string | null {
  const text = cellText(value);
  if (text === null) return null;
  const lower = text.toLowerCase();
  for (const health of HEALTHS) {
    if (lower === health || LABEL_LANGUAGES.some((l) => ENUM_LABELS[l].health[health].toLowerCase() === lower)) return health;
  }
  return text;
}

/** The words for a cell with a formula, for the `file` field: values only, so what is imported is what was seen. */
export function formulaProblem(sheet: string, address: string): string {
  return `holds a formula in sheet ${sheet}, cell ${address}: type the value itself, not a formula, and upload again`;
}

/** The words for each kind of unreadable upload, for the `file` field. */
export const FILE_WORDS = {
  missing: `is required: upload the quarter's XLSX template as the form field "${IMPORT_FILE_FIELD}"`,
  notXlsx: 'is not an XLSX workbook: upload the template as downloaded (Excel .xlsx), not a CSV or another file',
  tooLarge: `is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB: upload the template as downloaded, which is far smaller`,
  unexpected: `must be one file, in the form field "${IMPORT_FILE_FIELD}", and nothing else`,
  unreadable: 'could not be read as a multipart upload: send the file as multipart/form-data and try again',
  notAProject: (id: number) => `names project ${id}, which is not a project of this lab: download the lab's template again`,
  sheetMissing: (sheet: string) => `misses the sheet ${sheet}: upload the template as downloaded, with all its sheets`,
} as const;

/** The state of one row of an import: what applying it does (or would do), or why it is refused. */
export const IMPORT_ROW_STATES = ['new', 'changed', 'unchanged', 'empty', 'refused'] as const;
export type ImportRowState = (typeof IMPORT_ROW_STATES)[number];

/** How many rows are in each state. */
export function importCounts(rows: readonly { state: ImportRowState }[]): Record<ImportRowState, number> {
  const counts = Object.fromEntries(IMPORT_ROW_STATES.map((s) => [s, 0])) as Record<ImportRowState, number>;
  for (const r of rows) counts[r.state]++;
  return counts;
}

/** The name of a project's sheet: its code, in the characters a sheet name may hold (at most 31). */
export function sheetNameOf(code: string, taken: ReadonlySet<string> = new Set()): string {
  const base = (code.replace(/[\\/?*[\]:]/g, '-').replace(/^'+|'+$/g, '') || 'project').slice(0, 31);
  if (base.toLowerCase() !== META_SHEET && !taken.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const name = `${base.slice(0, 31 - String(n).length - 1)}-${n}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
