import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  DEFAULT_SMALL_NUMBER_THRESHOLD, figureOrHidden, hiddenWords, type HiddenFigure, type IndicatorLine, indicatorsOnTrack, localDateTime, PHASES,
  type QuarterlyReport, type ReportStamp,
} from '@lab/domain';
import {
  AGGREGATION_NL, AGREEMENT_KIND_NL, AGREEMENT_STATUS_NL, dateTimeNl, DECISION_NL, DIRECTION_NL, HEALTH_NL, INDICATOR_KIND_NL,
  MEASUREMENT_STATUS_NL, MILESTONE_STATUS_NL, PHASE_NL, UNIT_NL, quarterNl, stampWords, yesNo,
} from './report-format';
import { CORRECTION_COLUMNS, reportCorrections } from './report-corrections-files';

// The quarterly report as an Excel workbook: a sheet per section, numbers as numbers (money in euros with
// a currency format, shares as percentages, dates as dates), a header row that stays in view and filters.
// Written with exceljs's streaming writer: each row is zipped as it is added, so a lab of a thousand
// projects never holds the whole workbook as objects (which took some 130 MB and most of the time).

const EURO = '"€" #,##0.00';
const PERCENT = '0%';
const DECIMAL = '#,##0.####';
const DATE = 'dd-mm-yyyy';

type Cell = string | number | Date | null;
interface Column<T> { header: string; width: number; numFmt?: string; value: (row: T) => Cell }

const euros = (cents: number | null) => (cents === null ? null : cents / 100);
const day = (iso: string | null) => (iso ? new Date(`${iso.slice(0, 10)}T00:00:00Z`) : null);
/** An instant's calendar day in Amsterdam, as a date cell. */
const localDay = (iso: string | null) => (iso ? day(localDateTime(iso).date) : null);

type Workbook = ExcelJS.stream.xlsx.WorkbookWriter;

function sheet<T>(wb: Workbook, name: string, columns: Column<T>[], rows: readonly T[]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3F3F3' } };
  header.commit();
  for (const row of rows) ws.addRow(columns.map((c) => c.value(row))).commit();
  ws.commit();
}

/** Summary rows: label, value, and the JSON field it comes from (so a reader can match it to the API). */
function summaryRows(r: QuarterlyReport, stamp: ReportStamp | null): [string, Cell, string, string?][] {
  const t = r.totals;
  return [
    ...stampRows(r, stamp),
    ['Lab', r.lab.name, 'lab.name'],
    ['Plaats', r.lab.city, 'lab.city'],
    ['Kwartaal', r.period, 'period'],
    ['Omschrijving', quarterNl(r.period), 'period'],
    ['Eerste dag', day(r.quarterStart), 'quarterStart', DATE],
    ['Laatste dag', day(r.quarterEnd), 'quarterEnd', DATE],
    ['Mijlpalen beoordeeld per', day(r.asOf), 'asOf', DATE],
    ['Projecten', t.projects, 'totals.projects'],
    ...PHASES.map((p): [string, Cell, string] => [`Projecten in fase ${PHASE_NL[p].toLowerCase()}`, t.projectsByPhase[p], `totals.projectsByPhase.${p}`]),
    ['Fasebesluiten dit kwartaal', t.decisions, 'totals.decisions'],
    ['Mijlpalen te halen', t.milestones.due, 'totals.milestones.due'],
    ['Mijlpalen afgerond', t.milestones.done, 'totals.milestones.done'],
    ['Mijlpalen op tijd afgerond', t.milestones.doneOnTime, 'totals.milestones.doneOnTime'],
    ['Mijlpalen te laat', t.milestones.overdue, 'totals.milestones.overdue'],
    ['Aandeel mijlpalen op tijd', t.milestones.shareOnTime, 'totals.milestones.shareOnTime', PERCENT],
    ['Indicatoren', t.indicators.total, 'totals.indicators.total'],
    ['Indicatoren met streefwaarde', t.indicators.withTarget, 'totals.indicators.withTarget'],
    ['Indicatoren met goedgekeurde waarde', t.indicators.withValue, 'totals.indicators.withValue'],
    ['Indicatoren op koers', t.indicators.onTrack, 'totals.indicators.onTrack'],
    ['Indicatoren achter op schema', t.indicators.behind, 'totals.indicators.behind'],
    ['Indicatoren met openstaande meting', t.indicators.pending, 'totals.indicators.pending'],
    ['Resultaatbetaling dit kwartaal', euros(t.payments.dueCents), 'totals.payments.dueCents', EURO],
    ['Betaald tot en met dit kwartaal', euros(t.payments.paidToDateCents), 'totals.payments.paidToDateCents', EURO],
    ['Maximum van de resultaatcontracten', euros(t.payments.maxPaymentCents), 'totals.payments.maxPaymentCents', EURO],
    ['Openstaande metingen', t.pendingMeasurements, 'totals.pendingMeasurements'],
    ['Samengesteld op (Amsterdamse tijd)', dateTimeNl(r.generatedAt), 'generatedAt'],
  ];
}

/**
 * The file's standing, first on the first sheet: a frozen version's number, when and by whom it was frozen
 * and its data checksum; or, for a live download, that it is a draft.
 */
function stampRows(r: QuarterlyReport, stamp: ReportStamp | null): [string, Cell, string][] {
  const words = stampWords(stamp, r.generatedAt);
  if (!stamp) return [['Status van dit bestand', words.badge, 'niet bevroren'], ['Toelichting', words.detail, '']];
  return [
    ['Status van dit bestand', words.badge, 'version'],
    ['Bevroren op (Amsterdamse tijd)', dateTimeNl(stamp.frozenAt), 'frozenAt'],
    ['Bevroren door', stamp.frozenByName ?? '', 'frozenByName'],
    ['Controlegetal van de gegevens (SHA-256)', stamp.dataSha256, 'dataSha256'],
  ];
}

export async function renderReportXlsx(r: QuarterlyReport, stamp: ReportStamp | null = null): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  wb.creator = 'Meedoen Werkt lab tracker';
  const words = stampWords(stamp, r.generatedAt);
  wb.title = `Kwartaalrapportage ${r.lab.name} ${r.period}`;
  wb.subject = words.badge;
  wb.keywords = words.badge;
  wb.description = [words.detail, words.checksum].filter(Boolean).join(' ');
  wb.created = wb.modified = new Date(r.generatedAt);

  const summary = wb.addWorksheet('Samenvatting');
  summary.columns = [{ header: 'Onderdeel', width: 40 }, { header: 'Waarde', width: 22 }, { header: 'Veld', width: 36 }];
  const stampCount = stamp ? 4 : 2;
  for (const [n, [label, value, field, numFmt]] of summaryRows(r, stamp).entries()) {
    const row = summary.addRow([label, value, field]);
    if (numFmt) row.getCell(2).numFmt = numFmt;
    if (n < stampCount) row.font = { bold: true, color: { argb: stamp ? 'FF004699' : 'FFEC0000' } };
  }
  summary.getRow(1).font = { bold: true };
  summary.getColumn(3).font = { color: { argb: 'FF767676' } };
  summary.commit();

  const projects = r.projects;
  const threshold = r.lab.smallNumberThreshold ?? DEFAULT_SMALL_NUMBER_THRESHOLD;
  const shown = (i: IndicatorLine, field: HiddenFigure): Cell => figureOrHidden(i, field, threshold);
  sheet(wb, 'Projecten', [
    { header: 'Code', width: 10, value: (p) => p.code },
    { header: 'Project', width: 50, value: (p) => p.title },
    { header: 'Fase', width: 14, value: (p) => PHASE_NL[p.phase] },
    { header: 'Fase nu', width: 14, value: (p) => PHASE_NL[p.currentPhase] },
    { header: 'Status', width: 12, value: (p) => HEALTH_NL[p.health] },
    { header: 'Fasebesluiten', width: 14, value: (p) => p.decisions.length },
    { header: 'Kwartaalupdate', width: 60, value: (p) => p.statusUpdate?.narrative ?? null },
    { header: 'Mijlpalen te halen', width: 12, value: (p) => p.milestones.due },
    { header: 'Afgerond', width: 10, value: (p) => p.milestones.done },
    { header: 'Op tijd afgerond', width: 12, value: (p) => p.milestones.doneOnTime },
    { header: 'Te laat', width: 10, value: (p) => p.milestones.overdue },
    { header: 'Indicatoren op koers', width: 12, value: (p) => indicatorsOnTrack(p.indicators).onTrack },
    { header: 'Indicatoren', width: 11, value: (p) => indicatorsOnTrack(p.indicators).total },
  ], projects);

  sheet(wb, 'Besluiten', [
    { header: 'Projectcode', width: 12, value: (x) => x.code },
    { header: 'Besluit-id', width: 10, value: (x) => x.d.id },
    { header: 'Datum', width: 12, numFmt: DATE, value: (x) => localDay(x.d.decidedAt) },
    { header: 'Besluit', width: 8, value: (x) => DECISION_NL[x.d.decision] },
    { header: 'Van', width: 12, value: (x) => PHASE_NL[x.d.fromPhase] },
    { header: 'Naar', width: 12, value: (x) => PHASE_NL[x.d.toPhase] },
    { header: 'Besloten door', width: 20, value: (x) => x.d.decidedByName },
    { header: 'Onderbouwing', width: 60, value: (x) => x.d.rationale },
    { header: 'Voorwaarden', width: 40, value: (x) => x.d.conditions },
  ], projects.flatMap((p) => p.decisions.map((d) => ({ code: p.code, d }))));

  sheet(wb, 'Indicatoren', [
    { header: 'Projectcode', width: 12, value: (x) => x.code },
    { header: 'Indicator-id', width: 10, value: (x) => x.i.id },
    { header: 'Indicator', width: 50, value: (x) => x.i.name },
    { header: 'Soort', width: 10, value: (x) => INDICATOR_KIND_NL[x.i.kind] },
    { header: 'Eenheid', width: 9, value: (x) => UNIT_NL[x.i.unit] },
    { header: 'Richting', width: 15, value: (x) => DIRECTION_NL[x.i.direction] },
    { header: 'Telling', width: 10, value: (x) => AGGREGATION_NL[x.i.aggregation] },
    { header: 'Basis', width: 10, numFmt: DECIMAL, value: (x) => shown(x.i, 'baseline') },
    { header: 'Streefwaarde', width: 12, numFmt: DECIMAL, value: (x) => x.i.target },
    { header: 'Streefdatum', width: 12, numFmt: DATE, value: (x) => day(x.i.targetDate) },
    { header: 'Streefwaarde herzien', width: 12, value: (x) => yesNo(x.i.targetRevised) },
    { header: 'Waarde dit kwartaal', width: 12, numFmt: DECIMAL, value: (x) => shown(x.i, 'value') },
    { header: 'Vorig kwartaal', width: 12, numFmt: DECIMAL, value: (x) => shown(x.i, 'previousValue') },
    { header: 'Verschil', width: 10, numFmt: DECIMAL, value: (x) => shown(x.i, 'change') },
    { header: 'Stand', width: 10, numFmt: DECIMAL, value: (x) => shown(x.i, 'figure') },
    { header: 'Voortgang', width: 11, numFmt: PERCENT, value: (x) => shown(x.i, 'progress') },
    { header: 'Verwacht', width: 10, numFmt: PERCENT, value: (x) => x.i.expected },
    { header: 'Op koers', width: 9, value: (x) => yesNo(x.i.onTrack) },
    { header: 'Status meting', width: 14, value: (x) => (x.i.status ? MEASUREMENT_STATUS_NL[x.i.status] : 'geen meting') },
  ], projects.flatMap((p) => p.indicators.map((i) => ({ code: p.code, i }))));

  // The approved parts per dimension: small counts read "< 5", and a second cell where one could be worked out.
  sheet(wb, 'Uitsplitsing', [
    { header: 'Projectcode', width: 12, value: (x) => x.code },
    { header: 'Indicator-id', width: 10, value: (x) => x.i.id },
    { header: 'Indicator', width: 50, value: (x) => x.i.name },
    { header: 'Uitsplitsing', width: 16, value: (x) => x.set.name },
    { header: 'Waarde', width: 20, value: (x) => x.cell.label },
    { header: 'Aantal of waarde', width: 14, numFmt: DECIMAL, value: (x) => (x.cell.hidden ? hiddenWords(threshold) : x.cell.value) },
  ], projects.flatMap((p) => p.indicators.flatMap((i) => (i.breakdown ?? []).flatMap((set) => set.cells.map((cell) => ({ code: p.code, i, set, cell }))))));

  sheet(wb, 'Mijlpalen', [
    { header: 'Projectcode', width: 12, value: (x) => x.code },
    { header: 'Mijlpaal-id', width: 10, value: (x) => x.m.id },
    { header: 'Mijlpaal', width: 50, value: (x) => x.m.title },
    { header: 'Fase', width: 12, value: (x) => PHASE_NL[x.m.phase] },
    { header: 'Datum', width: 12, numFmt: DATE, value: (x) => day(x.m.dueDate) },
    { header: 'Status', width: 12, value: (x) => MILESTONE_STATUS_NL[x.m.status] },
    { header: 'Afgerond op', width: 12, numFmt: DATE, value: (x) => day(x.m.completedDate) },
    { header: 'Te halen dit kwartaal', width: 12, value: (x) => yesNo(x.m.dueInQuarter) },
    { header: 'Afgerond dit kwartaal', width: 12, value: (x) => yesNo(x.m.doneInQuarter) },
    { header: 'Op tijd', width: 9, value: (x) => yesNo(x.m.onTime) },
    { header: 'Te laat', width: 9, value: (x) => yesNo(x.m.overdue) },
  ], projects.flatMap((p) => p.milestones.items.map((m) => ({ code: p.code, m }))));

  sheet(wb, 'Overeenkomsten', [
    { header: 'Projectcode', width: 12, value: (x) => x.code },
    { header: 'Afspraak-id', width: 10, value: (x) => x.a.id },
    { header: 'Afspraak', width: 50, value: (x) => x.a.title },
    { header: 'Organisatie', width: 30, value: (x) => x.a.organisationName },
    { header: 'Soort', width: 16, value: (x) => AGREEMENT_KIND_NL[x.a.kind] },
    { header: 'Status', width: 12, value: (x) => AGREEMENT_STATUS_NL[x.a.status] },
    { header: 'Getekend', width: 12, numFmt: DATE, value: (x) => day(x.a.signedDate) },
    { header: 'Start', width: 12, numFmt: DATE, value: (x) => day(x.a.startDate) },
    { header: 'Einde', width: 12, numFmt: DATE, value: (x) => day(x.a.endDate) },
    { header: 'Bijdrage', width: 14, numFmt: EURO, value: (x) => euros(x.a.contributionCents) },
    { header: 'Getekend dit kwartaal', width: 12, value: (x) => yesNo(x.a.signedInQuarter) },
  ], projects.flatMap((p) => p.agreements.map((a) => ({ code: p.code, a }))));

  sheet(wb, 'Betalingen', [
    { header: 'Projectcode', width: 12, value: (c) => c.projectCode },
    { header: 'Afspraak-id', width: 10, value: (c) => c.agreementId },
    { header: 'Resultaatcontract', width: 45, value: (c) => c.title },
    { header: 'Indicator', width: 40, value: (c) => c.indicatorName },
    { header: 'Vanaf kwartaal', width: 12, value: (c) => c.from },
    { header: 'Prijs per eenheid', width: 14, numFmt: EURO, value: (c) => euros(c.pricePerUnitCents) },
    { header: 'Maximum', width: 14, numFmt: EURO, value: (c) => euros(c.maxPaymentCents) },
    { header: 'Stand', width: 10, numFmt: DECIMAL, value: (c) => c.figure },
    { header: 'Uitkomst boven basis', width: 12, numFmt: DECIMAL, value: (c) => c.outcome },
    { header: 'Eerder verrekend', width: 12, numFmt: DECIMAL, value: (c) => c.unitsPaidBefore },
    { header: 'Nieuwe eenheden', width: 12, numFmt: DECIMAL, value: (c) => c.units },
    { header: 'Te betalen dit kwartaal', width: 14, numFmt: EURO, value: (c) => euros(c.dueCents) },
    { header: 'Betaald tot en met dit kwartaal', width: 14, numFmt: EURO, value: (c) => euros(c.paidToDateCents) },
    { header: 'Resterend maximum', width: 14, numFmt: EURO, value: (c) => euros(c.remainingCents) },
    { header: 'Maximum bereikt', width: 10, value: (c) => yesNo(c.capped) },
  ], r.payments);

  sheet(wb, 'Openstaand', [
    { header: 'Projectcode', width: 12, value: (x) => x.projectCode },
    { header: 'Meting-id', width: 10, value: (x) => x.measurementId },
    { header: 'Indicator', width: 50, value: (x) => x.indicatorName },
    { header: 'Kwartaal', width: 10, value: (x) => x.period },
    { header: 'Status', width: 14, value: (x) => MEASUREMENT_STATUS_NL[x.status] },
    { header: 'Ingediend op', width: 12, numFmt: DATE, value: (x) => localDay(x.submittedAt) },
  ], r.pending);

  // "Wat werkt" per theme: a row per theme, shared definition and project, and the lab totals of each definition.
  const compared = (r.evidence ?? []).flatMap((t) => t.definitions.map((d) => ({ t, d })));
  sheet(wb, 'Wat werkt per thema', [
    { header: 'Thema', width: 24, value: (x) => x.t.themeName },
    { header: 'Definitie', width: 36, value: (x) => x.d.name },
    { header: 'Eenheid', width: 10, value: (x) => UNIT_NL[x.d.unit] },
    { header: 'Projectcode', width: 12, value: (x) => x.row.projectCode },
    { header: 'Project', width: 40, value: (x) => x.row.projectTitle },
    { header: 'Fase', width: 12, value: (x) => PHASE_NL[x.row.phase] },
    { header: 'Indicator-id', width: 10, value: (x) => x.row.indicatorId },
    { header: 'Laatste kwartaal', width: 10, value: (x) => x.row.latest?.period ?? null },
    { header: 'Laatste waarde', width: 12, numFmt: DECIMAL, value: (x) => x.row.latest?.value ?? null },
    { header: 'Stand', width: 10, numFmt: DECIMAL, value: (x) => x.row.figure },
    { header: 'Streefwaarde', width: 12, numFmt: DECIMAL, value: (x) => x.row.target },
    { header: 'Voortgang', width: 10, numFmt: PERCENT, value: (x) => x.row.progress },
    { header: 'Bewijskracht', width: 36, value: (x) => x.row.evidenceLabel.nl },
    { header: 'Succescriteria gehaald', width: 12, value: (x) => (x.row.criteria ? `${x.row.criteria.met} van ${x.row.criteria.total}` : null) },
    { header: 'Kosten per uitkomst', width: 14, numFmt: EURO, value: (x) => euros(x.row.costPerOutcomeCents) },
  ], compared.flatMap(({ t, d }) => d.rows.map((row) => ({ t, d, row }))));
  sheet(wb, 'Wat werkt totalen', [
    { header: 'Thema', width: 24, value: (x) => x.t.themeName },
    { header: 'Definitie', width: 36, value: (x) => x.d.name },
    { header: 'Eenheid', width: 10, value: (x) => UNIT_NL[x.d.unit] },
    { header: 'Telling', width: 12, value: (x) => AGGREGATION_NL[x.d.aggregation] },
    { header: 'Projecten', width: 10, value: (x) => x.d.totals.projects },
    { header: 'Met een waarde', width: 10, value: (x) => x.d.totals.withValue },
    { header: 'Samen', width: 10, numFmt: DECIMAL, value: (x) => x.d.totals.sum },
    { header: 'Laagste stand', width: 10, numFmt: DECIMAL, value: (x) => x.d.totals.figureRange?.min ?? null },
    { header: 'Hoogste stand', width: 10, numFmt: DECIMAL, value: (x) => x.d.totals.figureRange?.max ?? null },
    { header: 'Laagste voortgang', width: 10, numFmt: PERCENT, value: (x) => x.d.totals.progressRange?.min ?? null },
    { header: 'Hoogste voortgang', width: 10, numFmt: PERCENT, value: (x) => x.d.totals.progressRange?.max ?? null },
    { header: 'Bewijskracht laagste niveau', width: 12, value: (x) => x.d.totals.levelRange.min },
    { header: 'Bewijskracht hoogste niveau', width: 12, value: (x) => x.d.totals.levelRange.max },
  ], compared);
  if (reportCorrections(r).length) sheet(wb, 'Correcties', CORRECTION_COLUMNS, reportCorrections(r));

  await wb.commit();
  return Buffer.concat(chunks);
}
