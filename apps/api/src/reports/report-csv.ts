import { stringify } from 'csv-stringify';
import { csvSafe, PHASES, type QuarterlyReport } from '@lab/domain';

// The quarterly report as one flat CSV table for further processing: RFC 4180 (comma, CRLF, quotes where
// needed), UTF-8 with a byte order mark so spreadsheet programs read the accents, plain numbers (a dot as
// decimal separator, money in integer cents) and every figure on a row of its own:
//   section, projectCode, projectTitle, itemId, item, field, value
// `section` is totals, project, decision, milestone, indicator, agreement, payment or pending; `field` is the
// field name of the JSON report, so a row can be traced to GET /api/reports/quarterly.

export const CSV_COLUMNS = ['section', 'projectCode', 'projectTitle', 'itemId', 'item', 'field', 'value'] as const;
type Value = string | number | boolean | null;
type Row = [string, string, string, number | string, string, string, Value];

function fields<T extends object>(
  section: string, project: { code: string; title: string } | null, id: number | string, item: string, record: T, keys: (keyof T)[],
): Row[] {
  return keys.map((k) => [section, project?.code ?? '', project?.title ?? '', id, item, String(k), record[k] as Value]);
}

export function reportCsvRows(r: QuarterlyReport): Row[] {
  const t = r.totals;
  const rows: Row[] = [];
  const total = (field: string, value: Value) => rows.push(['totals', '', '', '', r.lab.name, field, value]);
  total('period', r.period);
  total('quarterStart', r.quarterStart);
  total('quarterEnd', r.quarterEnd);
  total('asOf', r.asOf);
  total('generatedAt', r.generatedAt);
  total('projects', t.projects);
  for (const p of PHASES) total(`projectsByPhase.${p}`, t.projectsByPhase[p]);
  for (const [h, n] of Object.entries(t.projectsByHealth)) total(`projectsByHealth.${h}`, n);
  total('decisions', t.decisions);
  for (const [k, v] of Object.entries(t.milestones)) total(`milestones.${k}`, v);
  for (const [k, v] of Object.entries(t.indicators)) total(`indicators.${k}`, v);
  for (const [k, v] of Object.entries(t.payments)) total(`payments.${k}`, v);
  total('pendingMeasurements', t.pendingMeasurements);

  for (const p of r.projects) {
    rows.push(...fields('project', p, p.id, p.title, {
      ...p, statusUpdate: p.statusUpdate?.narrative ?? null,
      milestonesDue: p.milestones.due, milestonesDone: p.milestones.done, milestonesDoneOnTime: p.milestones.doneOnTime, milestonesOverdue: p.milestones.overdue,
    }, ['phase', 'currentPhase', 'health', 'statusUpdate', 'milestonesDue', 'milestonesDone', 'milestonesDoneOnTime', 'milestonesOverdue']));
    for (const d of p.decisions) {
      rows.push(...fields('decision', p, d.id, `${d.fromPhase} → ${d.toPhase}`, d, ['decision', 'fromPhase', 'toPhase', 'decidedAt', 'decidedByName', 'rationale', 'conditions']));
    }
    for (const m of p.milestones.items) {
      rows.push(...fields('milestone', p, m.id, m.title, m, ['phase', 'dueDate', 'status', 'completedDate', 'dueInQuarter', 'doneInQuarter', 'onTime', 'overdue']));
    }
    for (const i of p.indicators) {
      rows.push(...fields('indicator', p, i.id, i.name, { ...i, targetRevisionId: i.targetRevision?.id ?? null }, [
        'unit', 'direction', 'aggregation', 'baseline', 'target', 'targetDate', 'targetRevised', 'targetRevisionId', 'value', 'previousValue',
        'change', 'figure', 'progress', 'expected', 'onTrack', 'targetMet', 'status', 'pending',
      ]));
    }
    for (const a of p.agreements) {
      rows.push(...fields('agreement', p, a.id, a.title, a, ['kind', 'status', 'organisationName', 'signedDate', 'startDate', 'endDate', 'contributionCents', 'signedInQuarter']));
    }
  }
  const projectOf = new Map(r.projects.map((p) => [p.id, p]));
  for (const c of r.payments) {
    rows.push(...fields('payment', projectOf.get(c.projectId) ?? null, c.agreementId, c.title, c, [
      'indicatorId', 'indicatorName', 'from', 'pricePerUnitCents', 'maxPaymentCents', 'figure', 'outcome', 'unitsPaidBefore', 'units',
      'dueCents', 'paidToDateCents', 'remainingCents', 'capped',
    ]));
  }
  for (const x of r.pending) {
    rows.push(...fields('pending', projectOf.get(x.projectId) ?? null, x.measurementId, x.indicatorName, x, ['indicatorId', 'period', 'status', 'submittedAt']));
  }
  return rows;
}

export function renderReportCsv(r: QuarterlyReport): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    stringify(
      reportCsvRows(r),
      { header: true, columns: [...CSV_COLUMNS], bom: true, record_delimiter: 'windows', cast: { boolean: (b) => (b ? 'true' : 'false'), string: csvSafe } },
      (error, output) => (error ? reject(error) : resolve(Buffer.from(output, 'utf8'))),
    );
  });
}
