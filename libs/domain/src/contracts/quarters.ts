import type { FieldErrorCoded } from '../field-errors';
import type { ImportRowState } from '../quarter-import';
import type { Dimension, Parts } from '../breakdowns';
// The quarterly entry: GET and PUT /api/projects/{id}/quarters/{quarter}.
import type { Aggregation, Direction, Health, IndicatorUnit, MeasurementStatus, Phase } from '../enums';
import type { ReportingState } from '../reporting-calendar';
import type { CalendarCell } from './calendar';

export interface QuarterMeasurement {
  id: number; version: number; value: number; note: string | null; evidenceUrl: string | null; status: MeasurementStatus; reviewComment: string | null;
  /** How many people the figure rests on; the parts per dimension value (the team's own, never hidden here). */
  peopleMeasured: number | null;
  parts: Parts | null;
}

export interface QuarterIndicator {
  id: number;
  name: string;
  unit: IndicatorUnit;
  direction: Direction;
  aggregation: Aggregation;
  baselineValue: number | null;
  /** The target in force in this quarter (revisions taken into account). */
  targetValue: number | null;
  measurement: QuarterMeasurement | null;
  /** The dimensions its figures are broken down by, in order, with their values: the entry's grid. */
  dimensions: Dimension[];
  /** Whether the team may still change the value: no value yet, or a draft or returned one. */
  editable: boolean;
}

/** Everything a team reports for one quarter. `submittedAt` is an ISO 8601 timestamp. */
export interface QuarterEntry {
  projectId: number;
  projectCode: string;
  projectTitle: string;
  period: string;
  dueDate: string;
  /** Where the quarter stands, the same word as the reporting calendar's cell (libs/domain reporting-due.ts). */
  state: ReportingState;
  /** The phase the project was in at the quarter's end: what decides whether the quarter was due. */
  phase: Phase;
  overdue: boolean;
  statusUpdate: { id: number; version: number; health: Health; narrative: string; submittedAt: string | null } | null;
  indicators: QuarterIndicator[];
}

/** What the PUT takes: every value and the status update at once. */
export interface QuarterInput {
  statusUpdate?: { health: Health; narrative: string };
  measurements: { indicatorId: number; value: number; note?: string | null; evidenceUrl?: string | null; peopleMeasured?: number | null; parts?: Parts | null }[];
  submit?: boolean;
}

/** GET /api/projects/{id}/quarters: every quarter of the project's run as the calendar judges it, and the one to open. */
export interface ProjectQuarters {
  projectId: number;
  projectCode: string;
  dueDays: number;
  today: string;
  quarters: (CalendarCell & { phase: Phase })[];
  /** The first quarter still waiting for the team (libs/domain firstOpenQuarter). */
  firstOpen: string;
}

/** One row of a quarter's import: an indicator's value, or the status update, and what applying it does. */
export interface QuarterImportRow {
  projectId: number;
  projectCode: string;
  /** The sheet and its row number as the spreadsheet shows them. */
  sheet: string;
  row: number;
  kind: 'measurement' | 'statusUpdate';
  indicatorId: number | null;
  /** The indicator's name; for the status update row, null. */
  indicator: string | null;
  state: ImportRowState;
  /** Each field that is new or changes, with what is stored and what the file says. */
  changes: { field: string; old: unknown; new: unknown }[];
  /** For a refused row: what to fix per field, in the quarterly entry's words, and their codes. */
  reasons: Record<string, string>;
  reasonCodes: Record<string, FieldErrorCoded>;
}

/** The answer of POST …/quarters/{quarter}/import: per row what happens, and whether it was saved. */
export interface QuarterImportResult {
  period: string;
  dryRun: boolean;
  submit: boolean;
  /** Whether the rows were saved (never when dry running, nor when any row is refused). */
  applied: boolean;
  message: string;
  projects: { projectId: number; projectCode: string; sheet: string }[];
  counts: Record<ImportRowState, number>;
  rows: QuarterImportRow[];
  /** Milliseconds from the file's arrival to the answer. */
  tookMs: number;
}
