// The quarterly entry: GET and PUT /api/projects/{id}/quarters/{quarter}.
import type { Aggregation, Direction, Health, IndicatorUnit, MeasurementStatus } from '../enums';

export interface QuarterMeasurement {
  id: number; version: number; value: number; note: string | null; evidenceUrl: string | null; status: MeasurementStatus; reviewComment: string | null;
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
  overdue: boolean;
  statusUpdate: { id: number; version: number; health: Health; narrative: string; submittedAt: string | null } | null;
  indicators: QuarterIndicator[];
}

/** What the PUT takes: every value and the status update at once. */
export interface QuarterInput {
  statusUpdate?: { health: Health; narrative: string };
  measurements: { indicatorId: number; value: number; note?: string | null; evidenceUrl?: string | null }[];
  submit?: boolean;
}
