// A measurement's review: GET /api/measurements/{id}, the steps POST …/{submit|approve|return|reopen}
// and the thread GET/POST …/comments.
import type { IndicatorUnit, MeasurementStatus } from '../enums';
import type { MeasurementCommentKind } from '../measurement-review';

/** A measurement as the API answers it. Timestamps are ISO 8601. */
export interface MeasurementRecord {
  id: number;
  version: number;
  indicatorId: number;
  /** The project, through the indicator. */
  projectId?: number;
  period: string;
  value: number;
  note: string | null;
  evidenceUrl: string | null;
  status: MeasurementStatus;
  reviewComment: string | null;
  submittedAt?: string | null;
  reviewedAt?: string | null;
  /** What a reviewer weighs the value against, and the names to call it by. */
  context?: MeasurementContext;
}

/**
 * A measurement's context, answered with every measurement: the project and indicator by name, the baseline,
 * the target in force in the measurement's quarter, and the value of the quarter before.
 */
export interface MeasurementContext {
  projectCode: string;
  projectTitle: string;
  indicatorName: string;
  unit: IndicatorUnit;
  baseline: { value: number | null; date: string | null };
  /** The target that applied in the measurement's own quarter (targetInForce); `revised` when a revision set it. */
  target: { value: number | null; date: string | null; revised: boolean };
  /** The same indicator's measurement of the quarter before, whatever its status; null when there is none. */
  previous: { id: number; period: string; value: number; status: MeasurementStatus } | null;
  /** The lab's small-number threshold: what a list export hides (libs/domain small-numbers.ts). */
  smallNumberThreshold: number;
}

/** One entry of a measurement's review thread, oldest first. */
export interface MeasurementComment {
  id: number;
  measurementId: number;
  authorId: number | null;
  authorName: string | null;
  kind: MeasurementCommentKind;
  body: string | null;
  createdAt: string;
}
