import jsonExport from 'jsonexport/dist';
import { downloadCSV, type Exporter, type RaRecord } from 'react-admin';
import { csvSafe, hiddenWords, isSmallCount } from '@lab/domain';
import { currentLocale, translate } from './translator';

/** One column of a CSV export: what the list shows, in words, not ids and codes. */
export interface ExportColumn {
  source: string;
  /** A reference (or id array) to resolve to the referenced records' names. */
  reference?: string;
  representation?: (record: RaRecord) => string;
  /** An enum of libs/domain, written as its translated label. */
  enumGroup?: string;
  /** Euro cents, written as euros. */
  money?: boolean;
  /**
   * A count of people that goes beyond the team: below the lab's threshold it is written "< 5", as in the
   * council's report. The record says its unit and threshold (a measurement's `context`).
   */
  smallCount?: (record: RaRecord) => { unit: string; threshold: number } | null;
}

const UTF8_BOM = '\ufeff';

const hides = (terms: { unit: string; threshold: number } | null, value: unknown) =>
  terms !== null && typeof value === 'number' && isSmallCount(terms.unit, value, terms.threshold);

const nameOf = (r: RaRecord) => String(r.name ?? r.title ?? r.code ?? r.id);

/**
 * A CSV of the list with translated headers and values. Dutch spreadsheets expect a semicolon between
 * columns and a decimal comma, so the Dutch export uses both; and a byte order mark, without which Excel
 * reads UTF-8 as the local code page.
 */
export function csvExporter(resource: string, columns: ExportColumn[]): Exporter {
  return async (records, fetchRelatedRecords) => {
    const dutch = currentLocale() === 'nl';
    const related: Record<string, Record<string, RaRecord>> = {};
    for (const c of columns) {
      if (c.reference) related[c.source] = (await fetchRelatedRecords(records, c.source, c.reference)) as Record<string, RaRecord>;
    }
    const number = (n: number) => (dutch ? String(n).replace('.', ',') : String(n));
    const rows = records.map((record) =>
      Object.fromEntries(
        columns.map((c) => {
          const header = translate(`resources.${resource}.fields.${c.source}`, { _: c.source });
          const value = record[c.source];
          let cell: string;
          if (value === null || value === undefined) cell = '';
          else if (c.reference) {
            const show = (id: unknown) => {
              const r = related[c.source]?.[String(id)];
              return r ? (c.representation ?? nameOf)(r) : String(id);
            };
            cell = Array.isArray(value) ? value.map(show).join(', ') : show(value);
          } else if (c.enumGroup) cell = translate(`enums.${c.enumGroup}.${value}`, { _: String(value) });
          else if (c.money) cell = number(Number(value) / 100);
          else if (c.smallCount && hides(c.smallCount(record), value)) cell = hiddenWords(c.smallCount(record)!.threshold);
          else if (typeof value === 'number') cell = number(value);
          else if (typeof value === 'boolean') cell = translate(value ? 'ra.boolean.true' : 'ra.boolean.false');
          else cell = String(value);
          return [header, csvSafe(cell)];
        }),
      ),
    );
    jsonExport(rows, { rowDelimiter: dutch ? ';' : ',' }, (error: Error | null, csv: string) => {
      // The byte order mark tells Excel the file is UTF-8 ("Eén", not "EÃ©n"); the Blob that react-admin's
      // downloadCSV makes of the text writes U+FEFF as its UTF-8 bytes EF BB BF.
      if (!error) downloadCSV(`${UTF8_BOM}${csv}`, translate(`resources.${resource}.name`, { smart_count: 2, _: resource }).toLowerCase());
    });
  };
}

/** How exports name a project: its code and title. */
export const projectName = (r: RaRecord): string => `${r.code} — ${r.title}`;
