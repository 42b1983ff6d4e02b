// Corrections of closed quarters (libs/domain closed-quarter.ts): as a quarterly report lists them, and as a
// frozen version's page (GET /api/reports/quarterly/versions/:id/changes) shows what changed since it was frozen.
import type { CorrectionKind, LiveDifference } from '../closed-quarter';
import type { FrozenReportVersion } from './reports';

/** One outcome contract's payment of the corrected quarter: with the frozen value and with the corrected one. */
export interface CorrectionPaymentEffect {
  agreementId: number;
  title: string;
  frozenDueCents: number;
  correctedDueCents: number;
  differenceCents: number;
}

/** A correction of a closed quarter, against the frozen version that closed it. */
export interface CorrectionItem {
  id: number;
  kind: CorrectionKind;
  /** The corrected quarter. */
  period: string;
  frozenReportId: number;
  frozenVersion: number;
  projectId: number;
  projectCode: string;
  projectTitle: string;
  indicatorId: number | null;
  /** The indicator's name, or for a status update null. */
  indicatorName: string | null;
  measurementId: number | null;
  statusUpdateId: number | null;
  /** The approved value before (null for a new measurement or a status update). */
  oldValue: number | null;
  /** The value once approved again; null while the correction is still open (reopened, not approved yet). */
  newValue: number | null;
  reason: string;
  correctedById: number | null;
  correctedByName: string | null;
  correctedAt: string;
  reapprovedAt: string | null;
  /** The effect on each outcome contract paying for the indicator in the corrected quarter (empty when none, or still open). */
  payments: CorrectionPaymentEffect[];
}

/** The corrections section of a quarterly report. */
export interface ReportCorrections {
  /** Corrections recorded after this moment are listed: the lab's last freeze of an earlier quarter (null: none). */
  since: string | null;
  /** How many corrections there are in all; `items` holds at most MAX_REPORT_CORRECTIONS of them, oldest first. */
  total: number;
  items: CorrectionItem[];
  /** The sum of all listed payment differences, in cents. */
  paymentDifferenceCents: number;
}

/** GET /api/reports/quarterly/versions/:id/changes: what has changed since a version was frozen. */
export interface FrozenVersionChanges {
  version: FrozenReportVersion;
  /** Whether this is the quarter's latest frozen version (a newer one supersedes it). */
  latest: boolean;
  /** The corrections recorded against this version, oldest first (at most MAX_REPORT_CORRECTIONS). */
  corrections: CorrectionItem[];
  correctionsTotal: number;
  /** Whether the live report of the quarter now says otherwise than the frozen one, figure for figure. */
  liveDiffers: boolean;
  /** The differing figures (at most MAX_LIVE_DIFFERENCES), and how many there are. */
  differences: LiveDifference[];
  differencesTotal: number;
  /** When the live figures were computed. */
  checkedAt: string;
}
