import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  type AgreementItem, compareIsoDates, type ContractPaymentRow, type ContractSchedule, countBy, type DecisionItem,
  expectedProgress, HEALTHS, type IndicatorLine, indicatorProgress, isOnTrack, milestoneInQuarter, type MilestoneItem,
  overallFigure, type PendingMeasurement, phaseOn, PHASES, type ProjectSection, type QuarterlyReport, type QuarterPayment,
  roundTo, shareOf, sumCents, targetInForce, targetWasMet, HIDDEN_FIGURES, isSmallCount, suppressBreakdown, type Dimension, type HiddenFigure,
  evidenceByTheme,
} from '@lab/domain';
import type { EvidenceFacts } from '../evidence/evidence-facts';
import type {
  AgreementRow, DecisionRow, IndicatorRow, LabRow, MilestoneRow, ProjectRow, ReportDays, RevisionRow, StatusRow,
} from './report-queries';
import { assembleCorrections, type CorrectionRows } from './report-corrections';

/** Everything a quarterly report is made of, as the queries return it. */
export interface ReportRows {
  lab: LabRow;
  projects: ProjectRow[];
  decisions: DecisionRow[];
  statuses: StatusRow[];
  milestones: MilestoneRow[];
  indicators: IndicatorRow[];
  /** The lab's breakdown dimensions. */
  dimensions: Dimension[];
  revisions: RevisionRow[];
  agreements: AgreementRow[];
  /** Every paying outcome contract's schedule through the report's quarter. */
  schedules: ContractSchedule[];
  /** The lab's themes, and what "wat werkt" compares through the quarter (evidence-facts.ts). */
  themes: { id: number; name: string }[];
  evidence: Pick<EvidenceFacts, 'definitions' | 'adopting'>;
  /** Corrections of closed earlier quarters since the lab's last freeze (report-corrections.ts). */
  corrections?: CorrectionRows;
}

/** Which report: its quarter, the days it looks at, and when it is made. */
export interface ReportMoment extends ReportDays {
  period: string;
  generatedAt: string;
}

const iso = (d: Date | null) => (d === null ? null : d.toISOString());

/** Projects assembled between two turns of the event loop (assembleReportInTurns). */
const PROJECTS_PER_TURN = 200;

/**
 * The quarterly report from its rows: no I/O, every rule (targets in force, figures, progress, milestones,
 * payments) from libs/domain. Projects come in the order of the rows.
 */
export function assembleReport(rows: ReportRows, at: ReportMoment): QuarterlyReport {
  const steps = assembly(rows, at);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * assembleReport, giving the event loop a turn after every PROJECTS_PER_TURN projects: a 5,000-project
 * lab's report takes about a second of CPU, which would otherwise hold up every other request.
 */
export async function assembleReportInTurns(rows: ReportRows, at: ReportMoment): Promise<QuarterlyReport> {
  const steps = assembly(rows, at);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await nextTurn();
  }
}

/** The assembly, pausing (yield) between chunks of projects. */
function* assembly(rows: ReportRows, at: ReportMoment): Generator<void, QuarterlyReport> {
  const { period, quarterStart: qs, quarterEnd: qe, asOf } = at;
  const paymentRows: ContractPaymentRow[] = [];
  for (const s of rows.schedules) {
    const row = s.rows.find((r) => r.period === period);
    if (row) paymentRows.push(contractRow(s, row));
  }

  const decisionsOf = byProject(rows.decisions);
  const milestonesOf = byProject(rows.milestones);
  const indicatorsOf = byProject(rows.indicators);
  const agreementsOf = byProject(rows.agreements);
  const paymentsOf = byProject(paymentRows);
  const statusOf = new Map(rows.statuses.map((s) => [s.projectId, s]));
  const revisionsByIndicator = new Map<number, RevisionRow[]>();
  for (const r of rows.revisions) revisionsByIndicator.set(r.indicatorId, [...(revisionsByIndicator.get(r.indicatorId) ?? []), r]);

  const dimensionsOf = new Map(rows.dimensions.map((d) => [d.id, d]));
  const pending: PendingMeasurement[] = [];
  const section = (p: ProjectRow): ProjectSection => {
    const own = decisionsOf(p.id);
    const status = statusOf.get(p.id) ?? null;
    const milestoneItems = milestonesOf(p.id).map((ms): MilestoneItem => ({
      id: ms.id, title: ms.title, phase: ms.phase, dueDate: ms.dueDate, status: ms.status, completedDate: ms.completedDate,
      ...milestoneInQuarter(ms, period, asOf),
    }));
    const lines = indicatorsOf(p.id).map((i) => {
      const line = shownToAll(indicatorLine(i, revisionsByIndicator.get(i.id) ?? [], period, qe), i, dimensionsOf, rows.lab.smallNumberThreshold);
      if (line.pending) {
        pending.push({
          measurementId: i.measurementId!, projectId: p.id, projectCode: p.code, indicatorId: i.id, indicatorName: i.name,
          period, status: i.status!, submittedAt: iso(i.submittedAt),
        });
      }
      return line;
    });
    return {
      id: p.id,
      code: p.code,
      title: p.title,
      phase: phaseOn(p.phase, own, qe),
      currentPhase: p.phase,
      health: status?.health ?? p.health,
      decisions: own.filter((d) => d.decidedOn >= qs && d.decidedOn <= qe).map(decisionItem),
      statusUpdate: status && {
        health: status.health, narrative: status.narrative, submitted: status.submittedAt !== null, submittedAt: iso(status.submittedAt),
      },
      milestones: {
        due: milestoneItems.filter((x) => x.dueInQuarter).length,
        done: milestoneItems.filter((x) => x.doneInQuarter).length,
        doneOnTime: milestoneItems.filter((x) => x.dueInQuarter && x.onTime).length,
        overdue: milestoneItems.filter((x) => x.overdue).length,
        items: milestoneItems,
      },
      indicators: lines,
      agreements: agreementsOf(p.id).map((a) => agreementItem(a, qs, qe)),
      payments: paymentsOf(p.id),
    };
  };
  const sections: ProjectSection[] = [];
  for (const p of rows.projects) {
    sections.push(section(p));
    if (sections.length % PROJECTS_PER_TURN === 0) yield;
  }

  const sum = (f: (s: ProjectSection) => number) => sections.reduce((n, s) => n + f(s), 0);
  const allLines = sections.flatMap((s) => s.indicators);
  const due = sum((s) => s.milestones.due);
  const doneOnTime = sum((s) => s.milestones.doneOnTime);
  const inForce = rows.schedules.filter((s) => s.rows.length > 0);
  return {
    lab: rows.lab,
    period,
    generatedAt: at.generatedAt,
    quarterStart: qs,
    quarterEnd: qe,
    asOf,
    totals: {
      projects: sections.length,
      projectsByPhase: countBy(PHASES, sections.map((s) => s.phase)),
      projectsByHealth: countBy(HEALTHS, sections.map((s) => s.health)),
      decisions: sum((s) => s.decisions.length),
      milestones: {
        due,
        done: sum((s) => s.milestones.done),
        doneOnTime,
        overdue: sum((s) => s.milestones.overdue),
        shareOnTime: shareOf(doneOnTime, due),
      },
      indicators: {
        total: allLines.length,
        withTarget: allLines.filter((l) => l.target !== null).length,
        withValue: allLines.filter((l) => l.value !== null || l.hidden.includes('value')).length,
        onTrack: allLines.filter((l) => l.onTrack === true).length,
        behind: allLines.filter((l) => l.onTrack === false).length,
        pending: allLines.filter((l) => l.pending).length,
      },
      payments: {
        dueCents: sumCents(paymentRows.map((r) => r.dueCents)),
        paidToDateCents: sumCents(inForce.map((s) => s.paidToDateCents)),
        maxPaymentCents: sumCents(inForce.map((s) => s.maxPaymentCents)),
      },
      pendingMeasurements: pending.length,
    },
    projects: sections,
    payments: paymentRows,
    pending,
    evidence: evidenceByTheme(rows.themes, rows.evidence.definitions, (id) => rows.evidence.adopting.get(id) ?? [], period, rows.lab.smallNumberThreshold),
    ...(rows.corrections ? { corrections: assembleCorrections(rows.corrections) } : {}),
  };
}

/** The rows of each project, looked up by its id. */
function byProject<T extends { projectId: number }>(rows: T[]): (id: number) => T[] {
  const map = new Map<number, T[]>();
  for (const r of rows) {
    const list = map.get(r.projectId);
    if (list) list.push(r);
    else map.set(r.projectId, [r]);
  }
  return (id) => map.get(id) ?? [];
}

function contractRow(s: ContractSchedule, row: QuarterPayment): ContractPaymentRow {
  return {
    agreementId: s.agreementId, title: s.title, projectId: s.projectId, projectCode: s.projectCode, indicatorId: s.indicatorId,
    indicatorName: s.indicatorName, pricePerUnitCents: s.pricePerUnitCents, maxPaymentCents: s.maxPaymentCents, from: s.from!,
    ...row,
  };
}

function decisionItem(d: DecisionRow): DecisionItem {
  return {
    id: d.id, fromPhase: d.fromPhase, toPhase: d.toPhase, decision: d.decision, decidedAt: d.decidedAt.toISOString(),
    decidedByName: d.decidedByName, rationale: d.rationale, conditions: d.conditions,
  };
}

function agreementItem(a: AgreementRow, qs: string, qe: string): AgreementItem {
  const { projectId: _p, ...rest } = a;
  return {
    ...rest,
    signedInQuarter: a.signedDate !== null && compareIsoDates(a.signedDate, qs) >= 0 && compareIsoDates(a.signedDate, qe) <= 0,
  };
}

function indicatorLine(i: IndicatorRow, revisions: RevisionRow[], period: string, qe: string): IndicatorLine {
  const force = targetInForce({ targetValue: i.target, targetDate: i.targetDate }, revisions, period);
  const revision = force.revisionId === null ? null : revisions.find((r) => r.id === force.revisionId)!;
  const rawFigure = overallFigure(i.aggregation, i.approved ?? []);
  const basis = { baseline: i.baseline, target: force.value, direction: i.direction };
  const progress = indicatorProgress(basis, rawFigure);
  const expected = i.baselineDate && force.date ? expectedProgress(i.baselineDate, force.date, qe) : null;
  return {
    id: i.id,
    name: i.name,
    kind: i.kind,
    unit: i.unit,
    direction: i.direction,
    aggregation: i.aggregation,
    baseline: i.baseline,
    baselineDate: i.baselineDate,
    target: force.value,
    targetDate: force.date,
    targetRevised: revision !== null,
    targetRevision: revision && {
      id: revision.id, oldValue: revision.oldValue, newValue: revision.newValue, effectiveFrom: revision.effectiveFrom, reason: revision.reason,
    },
    value: i.value,
    previousValue: i.previousValue,
    change: i.value !== null && i.previousValue !== null ? roundTo(i.value - i.previousValue, 4) : null,
    figure: roundTo(rawFigure, 4),
    progress: roundTo(progress, 4),
    expected: roundTo(expected, 4),
    onTrack: progress !== null && expected !== null ? isOnTrack(progress, expected) : null,
    targetMet: targetWasMet(i.direction, force.value, rawFigure),
    status: i.status,
    pending: i.status !== null && i.status !== 'approved',
    hidden: [],
    breakdown: [],
  };
}

/**
 * The line as a wider audience may see it: a count of people below the lab's threshold hidden (null, listed
 * in `hidden`), with whatever could give it away, and the approved parts with small cells hidden.
 */
function shownToAll(line: IndicatorLine, i: IndicatorRow, dimensionsOf: Map<number, Dimension>, threshold: number): IndicatorLine {
  const small = (v: number | null) => isSmallCount(line.unit, v, threshold);
  const hidden = new Set<HiddenFigure>();
  if (small(line.baseline)) hidden.add('baseline').add('progress');
  if (small(line.value)) hidden.add('value').add('change');
  if (small(line.previousValue)) hidden.add('previousValue').add('change');
  if (small(line.figure)) hidden.add('figure').add('progress');
  const dimensions = (i.dimensionIds ?? []).flatMap((id) => dimensionsOf.get(id) ?? []);
  const shown = suppressBreakdown({ value: line.value, parts: i.parts, dimensions, unit: line.unit, aggregation: line.aggregation, threshold });
  const out: IndicatorLine = { ...line, hidden: HIDDEN_FIGURES.filter((f) => hidden.has(f)), breakdown: shown.parts };
  for (const f of hidden) out[f] = null;
  return out;
}
