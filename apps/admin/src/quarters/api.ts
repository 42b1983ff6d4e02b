import type { Aggregation, Direction, Health, IndicatorUnit, MeasurementStatus } from '@lab/domain';
import { httpClient } from '../data-provider';

/** `GET /api/projects/:id/quarters/:period`: everything a team reports for one quarter. */
export interface QuarterSheet {
  projectId: number;
  projectCode: string;
  projectTitle: string;
  period: string;
  dueDate: string;
  overdue: boolean;
  statusUpdate: { id: number; version: number; health: Health; narrative: string; submittedAt: string | null } | null;
  indicators: QuarterIndicator[];
}

export interface QuarterIndicator {
  id: number;
  name: string;
  unit: IndicatorUnit;
  direction: Direction;
  aggregation: Aggregation;
  baselineValue: number | null;
  /** The target in force that quarter. */
  targetValue: number | null;
  measurement: { id: number; version: number; value: number; note: string | null; evidenceUrl: string | null; status: MeasurementStatus; reviewComment: string | null } | null;
  editable: boolean;
}

/** What `PUT /api/projects/:id/quarters/:period` takes: every value and the status update at once. */
export interface QuarterInput {
  statusUpdate?: { health: Health; narrative: string };
  measurements: { indicatorId: number; value: number; note?: string | null; evidenceUrl?: string | null }[];
  submit?: boolean;
}

const path = (projectId: number | string, period: string) => `/api/projects/${projectId}/quarters/${encodeURIComponent(period)}`;

export async function fetchQuarter(projectId: number | string, period: string): Promise<QuarterSheet> {
  return (await httpClient(path(projectId, period))).json as QuarterSheet;
}

export async function saveQuarter(projectId: number | string, period: string, input: QuarterInput): Promise<QuarterSheet> {
  return (await httpClient(path(projectId, period), { method: 'PUT', body: JSON.stringify(input) })).json as QuarterSheet;
}
