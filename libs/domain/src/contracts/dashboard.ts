// The home page's figures as GET /api/dashboard answers them.
import type { GateDecision, Health, IndicatorUnit, MilestoneStatus, Phase } from '../enums';

export interface DashboardMilestone { id: number; title: string; dueDate: string; status: MilestoneStatus; projectId: number; projectCode: string }
export interface DashboardIndicator { id: number; name: string; projectId: number; projectCode: string; unit: IndicatorUnit; progress: number; expected: number }
/** `decidedAt` is an ISO 8601 timestamp. */
export interface DashboardDecision { id: number; projectId: number; projectCode: string; fromPhase: Phase; toPhase: Phase; decision: GateDecision; decidedAt: string }
export interface DashboardProject { id: number; code: string; title: string; phase: Phase; health: Health }

export interface DashboardFigures {
  today: string;
  projects: { total: number; byPhase: Record<Phase, number>; byHealth: Record<Health, number> };
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
}

/** The most rows of each list the home page shows: at a country's scale the lists link to the full ones. */
export const DASHBOARD_LIST_LIMIT = 50;
