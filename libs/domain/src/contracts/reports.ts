import type { ShownPartSet } from '../small-numbers';
import type { EvidenceThemeSection } from './evidence';
// The quarterly outcome report (kwartaalrapportage) as GET /api/reports/quarterly answers it, and the
// outcome payments of GET /api/reports/payments. The dashboard builds its report page from these types;
// the PDF, XLSX and CSV are rendered from exactly this data, so a download matches the screen.
//
// Conventions: money is integer euro cents (`…Cents`); dates are `YYYY-MM-DD`; timestamps ISO 8601 UTC;
// quarters `2016-Q3`. Only APPROVED measurements count in values, figures, progress and payments;
// anything not approved yet is listed under `pending` (never with its value) so nobody reports it.
import type {
  AgreementKind, AgreementStatus, Aggregation, Direction, GateDecision, Health, IndicatorKind, IndicatorUnit,
  MeasurementStatus, MilestoneStatus, Phase,
} from '../enums';
import type { QuarterPayment } from '../outcome-payment';
import type { ReportCorrections } from './corrections';

/** The quarterly report's forms: the JSON itself, and the files rendered from exactly that JSON. */
export const REPORT_FORMATS = ['json', 'pdf', 'xlsx', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
/** The formats that are downloaded as a file. */
export const REPORT_FILE_FORMATS = ['pdf', 'xlsx', 'csv'] as const;
export type ReportFileFormat = (typeof REPORT_FILE_FORMATS)[number];

/**
 * What a frozen version's PDF and XLSX say about themselves: which version, when (ISO instant) and by whom it
 * was frozen, and the SHA-256 of its data (FrozenReportVersion.dataSha256, the hash of the JSON as served).
 * A live download has none and says it is a draft ("concept, niet bevroren").
 */
export interface ReportStamp {
  version: number;
  frozenAt: string;
  frozenByName: string | null;
  dataSha256: string;
}

/**
 * The report CSV's dialects: `nl` opens as a table in Excel set to Dutch (semicolons, Dutch headings and
 * words, decimal commas, euros, Amsterdam time, a byte order mark); `machine` is for other systems (commas,
 * the JSON's English field names and codes, money in cents, ISO timestamps in UTC).
 */
export const CSV_DIALECTS = ['nl', 'machine'] as const;
export type CsvDialect = (typeof CSV_DIALECTS)[number];

export interface QuarterlyReport {
  /** `smallNumberThreshold`: counts of people below it are hidden in the report (libs/domain small-numbers.ts). */
  lab: { id: number; name: string; city: string; smallNumberThreshold: number };
  /** The quarter reported on, e.g. `2016-Q3`. */
  period: string;
  /** When this report was computed (ISO timestamp). A frozen report keeps the moment it was frozen. */
  generatedAt: string;
  /** First and last day of the quarter, both included. */
  quarterStart: string;
  quarterEnd: string;
  /**
   * The day milestones are judged on: the day after quarterEnd for a quarter that has ended, today for
   * the current quarter. A milestone is overdue when its due date lies before this day and it was not
   * done (completed) before it.
   */
  asOf: string;
  totals: ReportTotals;
  /** Every project of the lab, by code. */
  projects: ProjectSection[];
  /** Outcome payments of the lab for this quarter, one row per outcome contract paying in it. */
  payments: ContractPaymentRow[];
  /** Measurements of this quarter that are not approved yet (draft, submitted, returned): flag, don't report. */
  pending: PendingMeasurement[];
  /** "Wat werkt" per theme: the lab's shared definitions compared across the projects of each theme (GET /api/evidence's rules). */
  evidence: EvidenceThemeSection[];
  /** Corrections of closed earlier quarters since the lab's last freeze (contracts/corrections.ts); absent in reports frozen before there were any. */
  corrections?: ReportCorrections;
}

export interface ReportTotals {
  /** Number of projects in the report. */
  projects: number;
  /** Projects per phase at the end of the quarter (every phase present, 0 when none). */
  projectsByPhase: Record<Phase, number>;
  /** Projects per health of the quarter (status update's health, else the project's current health). */
  projectsByHealth: Record<Health, number>;
  /** Gate decisions (go and no-go) taken in the quarter. */
  decisions: number;
  milestones: {
    /** Due in the quarter (due date within quarterStart…quarterEnd), not cancelled. */
    due: number;
    /** Completed in the quarter (status done, completed date within the quarter), whatever their due date. */
    done: number;
    /** Of the `due` ones: completed on or before their due date. */
    doneOnTime: number;
    /** Overdue on `asOf`, whichever quarter they were due in. */
    overdue: number;
    /** doneOnTime / due, 0…1, rounded to 4 decimals; null when nothing was due. */
    shareOnTime: number | null;
  };
  indicators: {
    /** All indicators of the lab's projects. */
    total: number;
    /** With a target in force for the quarter. */
    withTarget: number;
    /** With an approved value for this quarter. */
    withValue: number;
    /** onTrack === true. */
    onTrack: number;
    /** onTrack === false. */
    behind: number;
    /** With a measurement for this quarter that is not approved yet. */
    pending: number;
  };
  payments: {
    /** Outcome payments due this quarter over all contracts. */
    dueCents: number;
    /** Paid to date (from each contract's first quarter through this quarter), over all contracts. */
    paidToDateCents: number;
    /** Sum of the contracts' maximum payments. */
    maxPaymentCents: number;
  };
  /** Same as pending.length. */
  pendingMeasurements: number;
}

export interface ProjectSection {
  id: number;
  code: string;
  title: string;
  /** Phase at the end of the quarter (from the gate decisions); currentPhase is today's. */
  phase: Phase;
  currentPhase: Phase;
  /** The quarter's status update's health, else the project's current health. */
  health: Health;
  /** Gate decisions taken in the quarter, oldest first. */
  decisions: DecisionItem[];
  /** The team's status update (kwartaalupdate) for the quarter, if any. */
  statusUpdate: { health: Health; narrative: string; submitted: boolean; submittedAt: string | null } | null;
  milestones: {
    due: number;
    done: number;
    doneOnTime: number;
    overdue: number;
    /** Milestones due in the quarter, done in the quarter or overdue on asOf; by due date. */
    items: MilestoneItem[];
  };
  /** Every indicator of the project, by id. */
  indicators: IndicatorLine[];
  /** Agreements signed in the quarter or active during it. */
  agreements: AgreementItem[];
  /** The project's outcome contracts paying in this quarter. */
  payments: ContractPaymentRow[];
}

export interface DecisionItem {
  id: number;
  fromPhase: Phase;
  toPhase: Phase;
  decision: GateDecision;
  decidedAt: string;
  decidedByName: string | null;
  rationale: string | null;
  conditions: string | null;
}

export interface MilestoneItem {
  id: number;
  title: string;
  phase: Phase;
  dueDate: string;
  /** Status today. */
  status: MilestoneStatus;
  completedDate: string | null;
  dueInQuarter: boolean;
  doneInQuarter: boolean;
  /** Done on or before its due date. */
  onTime: boolean;
  /** Overdue on asOf. */
  overdue: boolean;
}

export interface IndicatorLine {
  id: number;
  name: string;
  kind: IndicatorKind;
  unit: IndicatorUnit;
  direction: Direction;
  aggregation: Aggregation;
  baseline: number | null;
  baselineDate: string | null;
  /** The target in force for the quarter (target revisions effective by then), not necessarily today's. */
  target: number | null;
  targetDate: string | null;
  /** True when the target in force was set by a target revision rather than the original target. */
  targetRevised: boolean;
  /** The revision in force (its id, old and new value, first quarter, reason), or null for the original target. */
  targetRevision: { id: number; oldValue: number | null; newValue: number; effectiveFrom: string; reason: string } | null;
  /** The approved value of this quarter, or null. */
  value: number | null;
  /** The approved value of the previous quarter, or null. */
  previousValue: number | null;
  /** value − previousValue when both exist, else null. */
  change: number | null;
  /** The overall figure (aggregation over approved values through this quarter), or null. */
  figure: number | null;
  /** (figure − baseline) / (target − baseline), direction-aware, not clamped, 4 decimals; null when meaningless. */
  progress: number | null;
  /** Share of the way from baseline date to target date passed at quarterEnd, 4 decimals; null without dates. */
  expected: number | null;
  /** progress ≥ expected − tolerance; null when either is null. */
  onTrack: boolean | null;
  /** The figure reaches the target in force. */
  targetMet: boolean;
  /** Status of this quarter's measurement; null when none was entered. */
  status: MeasurementStatus | null;
  /** A measurement exists for the quarter but is not approved (so `value` is null and it is listed in `pending`). */
  pending: boolean;
  /**
   * Figures hidden because a count of people below the lab's threshold could point at someone: they are null
   * here and read "< 5" in every format. A hidden value takes the change with it; a hidden figure or baseline
   * the progress (either could be worked out from it).
   */
  hidden: HiddenFigure[];
  /** The approved value's parts per dimension, small cells hidden (and a second one where needed); [] without. */
  breakdown: ShownPartSet[];
}

export const HIDDEN_FIGURES = ['baseline', 'value', 'previousValue', 'change', 'figure', 'progress'] as const;
export type HiddenFigure = (typeof HIDDEN_FIGURES)[number];

export interface AgreementItem {
  id: number;
  title: string;
  kind: AgreementKind;
  status: AgreementStatus;
  organisationId: number;
  organisationName: string;
  signedDate: string | null;
  startDate: string | null;
  endDate: string | null;
  contributionCents: number | null;
  /** Signed within the quarter. */
  signedInQuarter: boolean;
}

/** An outcome contract's row for one quarter: its terms plus the schedule's QuarterPayment for that quarter. */
export interface ContractPaymentRow extends QuarterPayment {
  agreementId: number;
  title: string;
  projectId: number;
  projectCode: string;
  indicatorId: number;
  indicatorName: string;
  pricePerUnitCents: number;
  maxPaymentCents: number;
  /** The contract's first quarter (quarter of its start date, else of its signed date). */
  from: string;
}

export interface PendingMeasurement {
  measurementId: number;
  projectId: number;
  projectCode: string;
  indicatorId: number;
  indicatorName: string;
  period: string;
  /** draft, submitted or returned. */
  status: MeasurementStatus;
  submittedAt: string | null;
}

// ---------------------------------------------------------------------------------------------------
// GET /api/reports/payments?lab=&through=

export interface PaymentsOverview {
  labId: number;
  /** Last quarter included (default: the last quarter that has ended). */
  through: string;
  contracts: ContractSchedule[];
  /** Sum over contracts of their paid to date through `through`. */
  totalPaidToDateCents: number;
  /** Per quarter from the earliest contract's first quarter through `through`: due over all contracts. */
  dueByQuarter: { period: string; dueCents: number }[];
}

export interface ContractSchedule {
  agreementId: number;
  title: string;
  projectId: number;
  projectCode: string;
  indicatorId: number;
  indicatorName: string;
  pricePerUnitCents: number;
  maxPaymentCents: number;
  /** First quarter of the contract; null when it has neither start nor signed date (then rows is empty). */
  from: string | null;
  /** One row per quarter from `from` through `through` (or the contract's end quarter, if earlier). */
  rows: QuarterPayment[];
  paidToDateCents: number;
  remainingCents: number;
}

// ---------------------------------------------------------------------------------------------------
// Frozen versions

export interface FrozenReportVersion {
  id: number;
  labId: number;
  period: string;
  version: number;
  dataSha256: string;
  pdfSha256: string;
  xlsxSha256: string;
  csvSha256: string;
  note: string | null;
  frozenAt: string;
  frozenById: number | null;
  frozenByName: string | null;
  /** The day this version was sent to the council (Amsterdam, `YYYY-MM-DD`); null while it has not been sent. */
  sentOn: string | null;
  /** When the sending was recorded (ISO timestamp); null while not sent. */
  sentAt: string | null;
  /** The administrator who recorded the sending. */
  sentById: number | null;
  sentByName: string | null;
  /** What went with it, e.g. the raadsbrief's reference. */
  sentNote: string | null;
}

/** POST /api/reports/quarterly/versions/:id/sent: the day it went (default today) and an optional note. */
export interface ReportSendingInput {
  sentOn?: string;
  note?: string | null;
}
