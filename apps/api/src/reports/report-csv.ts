import { stringify } from 'csv-stringify';
import {
  type CsvDialect, csvSafe, DEFAULT_SMALL_NUMBER_THRESHOLD, figureOrHidden, HEALTHS, hiddenWords, indicatorsOnTrack, LABELS_NL, localDateTime,
  PHASES, type QuarterlyReport,
} from '@lab/domain';
import { shortDateNl } from './report-format';
import { correctionCsvRows } from './report-corrections-files';

// The quarterly report as one flat CSV table, every figure on a row of its own:
//   section, projectCode, projectTitle, itemId, item, field, value
// `section` is totals, project, decision, milestone, indicator, part, agreement, payment, pending, evidence
// ("wat werkt" per theme: a definition's lab totals without a project, then a row per project) or correction. Two dialects:
// - `nl` (the default), for Excel set to Dutch: semicolons, a byte order mark, Dutch headings, Dutch words
//   for the codes (the dashboard's, from libs/domain labels.ts), decimal commas, money in euros (1234,50,
//   which Dutch Excel reads as a number), dates as dd-mm-jjjj and times in Amsterdam time.
// - `machine`, for other systems: RFC 4180 with commas, the JSON report's field names and codes, plain
//   numbers with a decimal point, money in integer cents and ISO timestamps in UTC, so a row can be traced
//   to GET /api/reports/quarterly.
// Text goes through csvSafe in both, so no cell starts a formula.

export const CSV_COLUMNS = ['section', 'projectCode', 'projectTitle', 'itemId', 'item', 'field', 'value'] as const;
export const CSV_COLUMNS_NL = ['Onderdeel', 'Projectcode', 'Project', 'Id', 'Naam', 'Veld', 'Waarde'] as const;

type Value = string | number | boolean | null;
/** How a value reads in Dutch: a code with its words, a kind of number, a day or a moment. */
type Kind = keyof typeof LABELS_NL | 'cents' | 'share' | 'date' | 'instant' | 'number' | 'text' | 'bool';
interface Row { section: string; code: string; title: string; id: number | string; item: string; field: string; value: Value; kind: Kind; label: string }

type Section = 'totals' | 'project' | 'decision' | 'milestone' | 'indicator' | 'part' | 'agreement' | 'payment' | 'pending' | 'evidence' | 'correction';
const SECTION_NL: Record<Section, string> = {
  totals: 'Totalen', project: 'Project', decision: 'Fasebesluit', milestone: 'Mijlpaal', indicator: 'Indicator', part: 'Uitsplitsing',
  agreement: 'Afspraak', payment: 'Resultaatbetaling', pending: 'Openstaande meting', evidence: 'Wat werkt', correction: 'Correctie',
};

/** A field of a section: its key in the JSON report, its Dutch heading and how its value reads. */
type Field = [key: string, label: string, kind: Kind];

const PROJECT_FIELDS: Field[] = [
  ['phase', 'Fase (einde kwartaal)', 'phase'], ['currentPhase', 'Fase nu', 'phase'], ['health', 'Status', 'health'],
  ['statusUpdate', 'Kwartaalupdate', 'text'], ['milestonesDue', 'Mijlpalen te halen', 'number'], ['milestonesDone', 'Mijlpalen afgerond', 'number'],
  ['milestonesDoneOnTime', 'Mijlpalen op tijd afgerond', 'number'], ['milestonesOverdue', 'Mijlpalen te laat', 'number'],
  ['indicatorsOnTrack', 'Indicatoren op koers', 'number'], ['indicators', 'Indicatoren', 'number'],
];
const DECISION_FIELDS: Field[] = [
  ['decision', 'Besluit', 'gate_decision'], ['fromPhase', 'Van fase', 'phase'], ['toPhase', 'Naar fase', 'phase'],
  ['decidedAt', 'Besloten op', 'instant'], ['decidedByName', 'Besloten door', 'text'], ['rationale', 'Onderbouwing', 'text'],
  ['conditions', 'Voorwaarden', 'text'],
];
const MILESTONE_FIELDS: Field[] = [
  ['phase', 'Fase', 'phase'], ['dueDate', 'Datum', 'date'], ['status', 'Status', 'milestone_status'], ['completedDate', 'Afgerond op', 'date'],
  ['dueInQuarter', 'Te halen dit kwartaal', 'bool'], ['doneInQuarter', 'Afgerond dit kwartaal', 'bool'], ['onTime', 'Op tijd', 'bool'],
  ['overdue', 'Te laat', 'bool'],
];
const INDICATOR_FIELDS: Field[] = [
  ['unit', 'Eenheid', 'indicator_unit'], ['direction', 'Richting', 'direction'], ['aggregation', 'Telling', 'aggregation'],
  ['baseline', 'Basis', 'number'], ['target', 'Streefwaarde', 'number'], ['targetDate', 'Streefdatum', 'date'],
  ['targetRevised', 'Streefwaarde herzien', 'bool'], ['targetRevisionId', 'Herziening-id', 'number'], ['value', 'Waarde dit kwartaal', 'number'],
  ['previousValue', 'Vorig kwartaal', 'number'], ['change', 'Verschil', 'number'], ['figure', 'Stand', 'number'], ['progress', 'Voortgang', 'share'],
  ['expected', 'Verwacht', 'share'], ['onTrack', 'Op koers', 'bool'], ['targetMet', 'Streefwaarde gehaald', 'bool'],
  ['status', 'Status meting', 'measurement_status'], ['pending', 'Openstaand', 'bool'],
];
const AGREEMENT_FIELDS: Field[] = [
  ['kind', 'Soort', 'agreement_kind'], ['status', 'Status', 'agreement_status'], ['organisationName', 'Organisatie', 'text'],
  ['signedDate', 'Getekend', 'date'], ['startDate', 'Start', 'date'], ['endDate', 'Einde', 'date'],
  ['contributionCents', 'Bijdrage (euro)', 'cents'], ['signedInQuarter', 'Getekend dit kwartaal', 'bool'],
];
const PAYMENT_FIELDS: Field[] = [
  ['indicatorId', 'Indicator-id', 'number'], ['indicatorName', 'Indicator', 'text'], ['from', 'Vanaf kwartaal', 'text'],
  ['pricePerUnitCents', 'Prijs per eenheid (euro)', 'cents'], ['maxPaymentCents', 'Maximum (euro)', 'cents'], ['figure', 'Stand', 'number'],
  ['outcome', 'Uitkomst boven basis', 'number'], ['unitsPaidBefore', 'Eerder verrekend', 'number'], ['units', 'Nieuwe eenheden', 'number'],
  ['dueCents', 'Te betalen dit kwartaal (euro)', 'cents'], ['paidToDateCents', 'Betaald tot en met dit kwartaal (euro)', 'cents'],
  ['remainingCents', 'Resterend maximum (euro)', 'cents'], ['capped', 'Maximum bereikt', 'bool'],
];
/** "Wat werkt" per theme: a project's row of a shared definition, and the definition's lab totals (project code empty). */
const EVIDENCE_ROW_FIELDS: Field[] = [
  ['phase', 'Fase', 'phase'], ['latestPeriod', 'Laatste kwartaal', 'text'], ['latestValue', 'Laatste waarde', 'number'], ['figure', 'Stand', 'number'],
  ['target', 'Streefwaarde', 'number'], ['progress', 'Voortgang', 'share'], ['evidenceLevel', 'Bewijskracht (niveau)', 'number'],
  ['criteriaMet', 'Succescriteria gehaald', 'number'], ['criteriaTotal', 'Succescriteria', 'number'],
  ['costPerOutcomeCents', 'Kosten per uitkomst (euro)', 'cents'],
];
const EVIDENCE_TOTAL_FIELDS: Field[] = [
  ['projects', 'Projecten', 'number'], ['withValue', 'Met een waarde', 'number'], ['sum', 'Samen', 'number'],
  ['figureMin', 'Laagste stand', 'number'], ['figureMax', 'Hoogste stand', 'number'], ['progressMin', 'Laagste voortgang', 'share'],
  ['progressMax', 'Hoogste voortgang', 'share'], ['levelMin', 'Bewijskracht laagste niveau', 'number'], ['levelMax', 'Bewijskracht hoogste niveau', 'number'],
];
const PENDING_FIELDS: Field[] = [
  ['indicatorId', 'Indicator-id', 'number'], ['period', 'Kwartaal', 'text'], ['status', 'Status', 'measurement_status'],
  ['submittedAt', 'Ingediend op', 'instant'],
];

function fields(
  rows: Row[], section: Section, project: { code: string; title: string } | null, id: number | string, item: string,
  record: object, list: Field[],
): void {
  for (const [key, label, kind] of list) {
    rows.push({
      section, code: project?.code ?? '', title: project?.title ?? '', id, item, field: key, label, kind,
      value: (record as Record<string, Value>)[key] ?? null,
    });
  }
}

/** Every row of the report's CSV, with what each dialect needs to write it. */
export function reportCsvRows(r: QuarterlyReport): Row[] {
  const t = r.totals;
  const threshold = r.lab.smallNumberThreshold ?? DEFAULT_SMALL_NUMBER_THRESHOLD;
  const rows: Row[] = [];
  const total = (field: string, label: string, value: Value, kind: Kind) =>
    rows.push({ section: 'totals', code: '', title: '', id: '', item: r.lab.name, field, label, value, kind });
  total('period', 'Kwartaal', r.period, 'text');
  total('quarterStart', 'Eerste dag', r.quarterStart, 'date');
  total('quarterEnd', 'Laatste dag', r.quarterEnd, 'date');
  total('asOf', 'Mijlpalen beoordeeld per', r.asOf, 'date');
  total('generatedAt', 'Samengesteld op', r.generatedAt, 'instant');
  total('projects', 'Projecten', t.projects, 'number');
  for (const p of PHASES) total(`projectsByPhase.${p}`, `Projecten in fase ${LABELS_NL.phase[p].toLowerCase()}`, t.projectsByPhase[p], 'number');
  for (const h of HEALTHS) total(`projectsByHealth.${h}`, `Projecten met status ${LABELS_NL.health[h].toLowerCase()}`, t.projectsByHealth[h], 'number');
  total('decisions', 'Fasebesluiten', t.decisions, 'number');
  total('milestones.due', 'Mijlpalen te halen', t.milestones.due, 'number');
  total('milestones.done', 'Mijlpalen afgerond', t.milestones.done, 'number');
  total('milestones.doneOnTime', 'Mijlpalen op tijd afgerond', t.milestones.doneOnTime, 'number');
  total('milestones.overdue', 'Mijlpalen te laat', t.milestones.overdue, 'number');
  total('milestones.shareOnTime', 'Aandeel mijlpalen op tijd', t.milestones.shareOnTime, 'share');
  total('indicators.total', 'Indicatoren', t.indicators.total, 'number');
  total('indicators.withTarget', 'Indicatoren met streefwaarde', t.indicators.withTarget, 'number');
  total('indicators.withValue', 'Indicatoren met goedgekeurde waarde', t.indicators.withValue, 'number');
  total('indicators.onTrack', 'Indicatoren op koers', t.indicators.onTrack, 'number');
  total('indicators.behind', 'Indicatoren achter op schema', t.indicators.behind, 'number');
  total('indicators.pending', 'Indicatoren met openstaande meting', t.indicators.pending, 'number');
  total('payments.dueCents', 'Resultaatbetaling dit kwartaal (euro)', t.payments.dueCents, 'cents');
  total('payments.paidToDateCents', 'Betaald tot en met dit kwartaal (euro)', t.payments.paidToDateCents, 'cents');
  total('payments.maxPaymentCents', 'Maximum van de resultaatcontracten (euro)', t.payments.maxPaymentCents, 'cents');
  total('pendingMeasurements', 'Openstaande metingen', t.pendingMeasurements, 'number');

  for (const p of r.projects) {
    const onTrack = indicatorsOnTrack(p.indicators);
    fields(rows, 'project', p, p.id, p.title, {
      ...p, statusUpdate: p.statusUpdate?.narrative ?? null,
      milestonesDue: p.milestones.due, milestonesDone: p.milestones.done, milestonesDoneOnTime: p.milestones.doneOnTime, milestonesOverdue: p.milestones.overdue,
      indicatorsOnTrack: onTrack.onTrack, indicators: onTrack.total,
    }, PROJECT_FIELDS);
    for (const d of p.decisions) fields(rows, 'decision', p, d.id, `${d.fromPhase} → ${d.toPhase}`, d, DECISION_FIELDS);
    for (const m of p.milestones.items) fields(rows, 'milestone', p, m.id, m.title, m, MILESTONE_FIELDS);
    for (const i of p.indicators) {
      // A hidden count reads "< 5" in both dialects, like every other format.
      const shown = Object.fromEntries((i.hidden ?? []).map((f) => [f, figureOrHidden(i, f, threshold)]));
      fields(rows, 'indicator', p, i.id, i.name, { ...i, targetRevisionId: i.targetRevision?.id ?? null, ...shown }, INDICATOR_FIELDS);
      for (const set of i.breakdown ?? []) {
        for (const c of set.cells) {
          rows.push({
            section: 'part', code: p.code, title: p.title, id: i.id, item: i.name, field: `parts.${set.key}.${c.code}`,
            label: `${set.name}: ${c.label}`, kind: 'number', value: c.hidden ? hiddenWords(threshold) : c.value,
          });
        }
      }
    }
    for (const a of p.agreements) fields(rows, 'agreement', p, a.id, a.title, a, AGREEMENT_FIELDS);
  }
  const projectOf = new Map(r.projects.map((p) => [p.id, p]));
  for (const c of r.payments) fields(rows, 'payment', projectOf.get(c.projectId) ?? null, c.agreementId, c.title, c, PAYMENT_FIELDS);
  for (const x of r.pending) fields(rows, 'pending', projectOf.get(x.projectId) ?? null, x.measurementId, x.indicatorName, x, PENDING_FIELDS);
  for (const theme of r.evidence ?? []) {
    for (const d of theme.definitions) {
      const item = `${theme.themeName} · ${d.name}`;
      const t = d.totals;
      fields(rows, 'evidence', null, d.id, item, {
        projects: t.projects, withValue: t.withValue, sum: t.sum, figureMin: t.figureRange?.min, figureMax: t.figureRange?.max,
        progressMin: t.progressRange?.min, progressMax: t.progressRange?.max, levelMin: t.levelRange.min, levelMax: t.levelRange.max,
      }, EVIDENCE_TOTAL_FIELDS);
      for (const x of d.rows) {
        fields(rows, 'evidence', { code: x.projectCode, title: x.projectTitle }, x.indicatorId, item, {
          ...x, latestPeriod: x.latest?.period, latestValue: x.latest?.value, criteriaMet: x.criteria?.met, criteriaTotal: x.criteria?.total,
        }, EVIDENCE_ROW_FIELDS);
      }
    }
  }
  rows.push(...correctionCsvRows(r));
  return rows;
}

/** A number as Dutch Excel reads one: a decimal comma and no thousands separator (1234,5). */
const decimalNl = (n: number) => String(n).replace('.', ',');

/** A value as it reads in the Dutch dialect. */
function valueNl(value: Value, kind: Kind): string {
  if (value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  switch (kind) {
    case 'cents': return (Number(value) / 100).toFixed(2).replace('.', ',');
    case 'share': return `${decimalNl(Number((Number(value) * 100).toFixed(2)))}%`;
    case 'number': return typeof value === 'number' ? decimalNl(value) : String(value);
    case 'date': return shortDateNl(String(value));
    case 'instant': {
      const { date, time } = localDateTime(String(value));
      return `${shortDateNl(date)} ${time}`;
    }
    case 'text': case 'bool': return String(value);
    default: return (LABELS_NL[kind] as Record<string, string>)[String(value)] ?? String(value);
  }
}

/** A decision's item, `experiment → rollout`, in Dutch words. */
const itemNl = (row: Row) => (row.section === 'decision' ? row.item.split(' → ').map((p) => LABELS_NL.phase[p as keyof typeof LABELS_NL.phase] ?? p).join(' → ') : row.item);

export function renderReportCsv(r: QuarterlyReport, dialect: CsvDialect = 'nl'): Promise<Buffer> {
  const rows = reportCsvRows(r);
  const nl = dialect === 'nl';
  const records = nl
    ? rows.map((x) => [SECTION_NL[x.section as Section], x.code, x.title, x.id, itemNl(x), x.label, valueNl(x.value, x.kind)])
    : rows.map((x) => [x.section, x.code, x.title, x.id, x.item, x.field, x.value]);
  return new Promise((resolve, reject) => {
    stringify(
      records,
      {
        header: true, columns: nl ? [...CSV_COLUMNS_NL] : [...CSV_COLUMNS], delimiter: nl ? ';' : ',', bom: true, record_delimiter: 'windows',
        cast: { boolean: (b) => (b ? 'true' : 'false'), string: csvSafe },
      },
      (error, output) => (error ? reject(error) : resolve(Buffer.from(output, 'utf8'))),
    );
  });
}
