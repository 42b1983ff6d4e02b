// A measurement's review: GET /api/measurements/{id}, the steps POST …/{submit|approve|return|reopen}
// and the thread GET/POST …/comments.
import type { MeasurementStatus } from '../enums';
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
