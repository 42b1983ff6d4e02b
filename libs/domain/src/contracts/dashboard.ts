// The home page's figures as GET /api/dashboard answers them.
import type { GateDecision, Health, IndicatorUnit, MilestoneStatus, Phase } from '../enums';
import type { ReportingState } from '../reporting-calendar';

export interface DashboardMilestone { id: number; title: string; dueDate: string; status: MilestoneStatus; projectId: number; projectCode: string }
export interface DashboardIndicator { id: number; name: string; projectId: number; projectCode: string; unit: IndicatorUnit; progress: number; expected: number }
/** `decidedAt` is an ISO 8601 timestamp. */
export interface DashboardDecision { id: number; projectId: number; projectCode: string; fromPhase: Phase; toPhase: Phase; decision: GateDecision; decidedAt: string }
export interface DashboardProject { id: number; code: string; title: string; phase: Phase; health: Health }

/** Where one project's report of a quarter stands (the reporting calendar's cell, in short). */
export interface DashboardDuty { projectId: number; projectCode: string; period: string; dueDate: string; state: ReportingState; missing: number; returned: number }

/** A project member's own home: only the projects on whose team they are. */
export interface MemberHome {
  projects: DashboardProject[];
  /** The quarter whose report is due now: the last one that ended. */
  period: string;
  /** Per project of theirs that reports in `period`, where its report stands. */
  duties: DashboardDuty[];
  /** Their projects' open milestones past their due date, the oldest first (at most DASHBOARD_LIST_LIMIT). */
  overdueMilestones: DashboardMilestone[];
  totals: { overdueMilestones: number };
}

export interface DashboardFigures {
  today: string;
  /** `byHealth` counts the running projects only: a stopped project has no health to steer on. */
  projects: { total: number; byPhase: Record<Phase, number>; byHealth: Record<Health, number> };
  /**
   * Running projects ready for a gate decision: in scenario or experiment, with milestones in that phase and
   * none of them still open.
   */
  gatesDue: DashboardProject[];
  /** The projects by code; at most DASHBOARD_LIST_LIMIT per phase (projects.byPhase has the counts). */
  pipeline: DashboardProject[];
  overdueMilestones: DashboardMilestone[];
  dueSoonMilestones: DashboardMilestone[];
  indicatorsBehind: DashboardIndicator[];
  latestDecisions: DashboardDecision[];
  /** How many there are of each list above, which hold at most DASHBOARD_LIST_LIMIT rows. */
  totals: { overdueMilestones: number; dueSoonMilestones: number; indicatorsBehind: number };
  /** The review queues of the signed-in user: submitted measurements waiting for the focus team, and returned ones on their teams. */
  reviews: { toReview: number; returnedToMe: number };
  /** For a project member only: their own projects, what they have to hand in, and their overdue milestones. */
  mine?: MemberHome;
}

/** The most rows of each list the home page shows: at a country's scale the lists link to the full ones. */
export const DASHBOARD_LIST_LIMIT = 50;
