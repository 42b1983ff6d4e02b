import { type CorrectionItem, LABELS_NL, type QuarterlyReport, sumCents, sumDifferences } from '@lab/domain';
import { centsNl, dateTimeNl, numberNl } from './report-format';

// The corrections section (report-corrections.ts) in the report's XLSX and CSV, and the Dutch words all three
// files (the PDF too, report-pdf-corrections.ts) say it in.

/** The corrections the report lists (none in a report assembled without them). */
export const reportCorrections = (r: QuarterlyReport): CorrectionItem[] => r.corrections?.items ?? [];

/** What a correction corrects: the indicator, or the quarter's status update. */
export const correctedItemNl = (c: CorrectionItem) => c.indicatorName ?? 'Kwartaalupdate';

/** Old → new in Dutch: `12 → 15`; a new measurement reads `geen → 15`; an open one `12 → nog niet opnieuw goedgekeurd`. */
export function oldNewNl(c: CorrectionItem, words = false): string {
  if (c.kind === 'status_update') return 'heropend';
  const old = c.oldValue === null ? 'geen' : numberNl(c.oldValue, 4);
  const now = c.newValue === null ? 'nog niet opnieuw goedgekeurd' : numberNl(c.newValue, 4);
  return words ? `van ${old} naar ${now}` : `${old} → ${now}`;
}

/** The payment of the corrected quarter, summed over its outcome contracts: frozen, corrected, and the difference. */
export function paymentTotals(c: CorrectionItem): { frozenDueCents: number; correctedDueCents: number; differenceCents: number } | null {
  if (c.payments.length === 0) return null;
  return {
    frozenDueCents: sumCents(c.payments.map((p) => p.frozenDueCents)),
    correctedDueCents: sumCents(c.payments.map((p) => p.correctedDueCents)),
    differenceCents: sumDifferences(c.payments.map((p) => p.differenceCents)),
  };
}

/**
 * The effect on outcome payments in Dutch: `€ 400,00 → € 550,00 (+€ 150,00)`, or why there is none. `words`: how
 * old and new are joined (the PDF's font has no arrow, so it says `van … naar …`).
 */
export function paymentEffectNl(c: CorrectionItem, words = false): string {
  const t = paymentTotals(c);
  if (!t) return c.newValue === null && c.kind !== 'status_update' ? 'volgt na goedkeuring' : 'geen';
  const sign = t.differenceCents > 0 ? '+' : t.differenceCents < 0 ? '−' : '±';
  const difference = `(${sign}${centsNl(Math.abs(t.differenceCents))})`;
  return words
    ? `van ${centsNl(t.frozenDueCents)} naar ${centsNl(t.correctedDueCents)} ${difference}`
    : `${centsNl(t.frozenDueCents)} → ${centsNl(t.correctedDueCents)} ${difference}`;
}

export const correctionKindNl = (c: CorrectionItem) => LABELS_NL.correction_kind[c.kind];

type Cell = string | number | Date | null;
const euros = (cents: number | null | undefined) => (cents === null || cents === undefined ? null : cents / 100);

/** The XLSX sheet "Correcties": one row per correction. */
export const CORRECTION_COLUMNS: { header: string; width: number; numFmt?: string; value: (c: CorrectionItem) => Cell }[] = [
  { header: 'Projectcode', width: 12, value: (c) => c.projectCode },
  { header: 'Correctie-id', width: 10, value: (c) => c.id },
  { header: 'Kwartaal', width: 10, value: (c) => c.period },
  { header: 'Bevroren versie', width: 10, value: (c) => `v${c.frozenVersion}` },
  { header: 'Indicator', width: 40, value: correctedItemNl },
  { header: 'Soort', width: 26, value: correctionKindNl },
  { header: 'Oude waarde', width: 12, numFmt: '#,##0.####', value: (c) => c.oldValue },
  { header: 'Nieuwe waarde', width: 12, numFmt: '#,##0.####', value: (c) => c.newValue },
  { header: 'Oud → nieuw', width: 28, value: (c) => oldNewNl(c) },
  { header: 'Reden', width: 60, value: (c) => c.reason },
  { header: 'Door', width: 20, value: (c) => c.correctedByName },
  { header: 'Op (Amsterdamse tijd)', width: 18, value: (c) => dateTimeNl(c.correctedAt) },
  { header: 'Betaling bevroren', width: 14, numFmt: '"€" #,##0.00', value: (c) => euros(paymentTotals(c)?.frozenDueCents) },
  { header: 'Betaling gecorrigeerd', width: 14, numFmt: '"€" #,##0.00', value: (c) => euros(paymentTotals(c)?.correctedDueCents) },
  { header: 'Verschil betaling', width: 14, numFmt: '"€" #,##0.00', value: (c) => euros(paymentTotals(c)?.differenceCents) },
  { header: 'Effect op resultaatbetaling', width: 36, value: (c) => paymentEffectNl(c) },
];

type CsvKind = 'text' | 'number' | 'cents' | 'instant' | 'correction_kind';
export interface CorrectionCsvRow {
  section: 'correction'; code: string; title: string; id: number; item: string; field: string; label: string;
  value: string | number | null; kind: CsvKind;
}

const CSV_FIELDS: [key: string, label: string, kind: CsvKind, value: (c: CorrectionItem) => string | number | null][] = [
  ['kind', 'Soort', 'correction_kind', (c) => c.kind],
  ['period', 'Kwartaal', 'text', (c) => c.period],
  ['frozenVersion', 'Bevroren versie', 'number', (c) => c.frozenVersion],
  ['oldValue', 'Oude waarde', 'number', (c) => c.oldValue],
  ['newValue', 'Nieuwe waarde', 'number', (c) => c.newValue],
  ['oldNew', 'Oud → nieuw', 'text', (c) => oldNewNl(c)],
  ['reason', 'Reden', 'text', (c) => c.reason],
  ['correctedByName', 'Door', 'text', (c) => c.correctedByName],
  ['correctedAt', 'Op', 'instant', (c) => c.correctedAt],
  ['frozenDueCents', 'Betaling bevroren (euro)', 'cents', (c) => paymentTotals(c)?.frozenDueCents ?? null],
  ['correctedDueCents', 'Betaling gecorrigeerd (euro)', 'cents', (c) => paymentTotals(c)?.correctedDueCents ?? null],
  ['paymentDifferenceCents', 'Verschil betaling (euro)', 'cents', (c) => paymentTotals(c)?.differenceCents ?? null],
  ['paymentEffect', 'Effect op resultaatbetaling', 'text', (c) => paymentEffectNl(c)],
];

/** The CSV rows of the corrections section, `correction`, a field a row like every other section. */
export function correctionCsvRows(r: QuarterlyReport): CorrectionCsvRow[] {
  return reportCorrections(r).flatMap((c) => CSV_FIELDS.map(([field, label, kind, value]) => ({
    section: 'correction' as const, code: c.projectCode, title: c.projectTitle, id: c.id, item: correctedItemNl(c), field, label, kind, value: value(c),
  })));
}
