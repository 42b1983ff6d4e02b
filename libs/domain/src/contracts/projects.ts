// A project at a glance: GET /api/projects/{id}/overview, what someone opening a project wants to see first.
import type { Direction, Health, IndicatorKind, IndicatorUnit, MeasurementStatus, MilestoneStatus, Phase } from '../enums';
import type { GateCheck } from '../phase-gate';

export interface OverviewMilestone { id: number; title: string; phase: Phase; dueDate: string; status: MilestoneStatus; overdue: boolean }

/** An indicator's overall figure (approved measurements only) against the target in force this quarter. */
export interface OverviewIndicator {
  id: number;
  name: string;
  kind: IndicatorKind;
  unit: IndicatorUnit;
  direction: Direction;
  baseline: number | null;
  /** The target in force in `period` (a revised target from its quarter on). */
  target: number | null;
  targetDate: string | null;
  targetRevised: boolean;
  /** The quarters' approved values added up by the indicator's aggregation; null before the first approval. */
  figure: number | null;
  approved: number;
  /** (figure − baseline) / (target − baseline), not clamped; null where progress has no meaning. */
  progress: number | null;
  /** Where a linear course from baseline to target would be today. */
  expected: number | null;
  onTrack: boolean | null;
  targetMet: boolean;
}

/** A measurement waiting for the focus team (`submitted`) or back with the team (`returned`). */
export interface OverviewReviewItem {
  id: number;
  indicatorId: number;
  indicatorName: string;
  period: string;
  value: number;
  unit: IndicatorUnit;
  status: Extract<MeasurementStatus, 'submitted' | 'returned'>;
  /** When it was handed in (submitted) or sent back (returned). */
  since: string | null;
  reviewComment: string | null;
}

export interface ProjectOverview {
  today: string;
  /** The quarter today falls in: targets in force and expectations are those of now. */
  period: string;
  project: { id: number; code: string; title: string; phase: Phase; health: Health; previousPhase: Phase | null };
  /** Whether the signed-in user may change this project's records (its team, the focus team, administrators). */
  mayChange: boolean;
  /** The latest quarter's status update, its narrative cut to its first lines (`narrativeCut` when it goes on). */
  lastStatusUpdate: { id: number; period: string; health: Health; narrative: string; narrativeCut: boolean; submittedAt: string | null } | null;
  milestones: {
    /** Open milestones past their due date, oldest first (at most OVERVIEW_LIST_LIMIT). */
    overdue: OverviewMilestone[];
    /** The next open milestones from today on, soonest first (at most OVERVIEW_LIST_LIMIT). */
    next: OverviewMilestone[];
    totals: { open: number; overdue: number; done: number; total: number };
  };
  /** Every indicator of the project (at most OVERVIEW_INDICATOR_LIMIT), in the order they were made. */
  indicators: OverviewIndicator[];
  /** Open review items: submitted measurements first (oldest first), then returned ones (at most OVERVIEW_LIST_LIMIT each). */
  reviews: { submitted: OverviewReviewItem[]; returned: OverviewReviewItem[]; totals: { submitted: number; returned: number } };
  /**
   * The next gate and its entry criteria met so far; `to` null when there is no forward gate (rollout, stopped).
   * `decisions` counts the gate decisions on record, the latest one given.
   */
  gate: {
    to: Phase | null;
    checks: GateCheck[];
    decisions: number;
    latest: { decision: 'go' | 'no_go'; fromPhase: Phase; toPhase: Phase; decidedAt: string } | null;
  };
}

/** The most rows of each short list on the overview; the tabs hold the full lists. */
export const OVERVIEW_LIST_LIMIT = 5;
/** The most indicators the overview lists; a project has a handful. */
export const OVERVIEW_INDICATOR_LIMIT = 20;
/** How much of the last status update's narrative the overview shows. */
export const OVERVIEW_NARRATIVE_CHARS = 280;
