import { DomainError, type UnmetCriterion } from './errors';
import type { MeasurementStatus, UserRole } from './enums';

/**
 * The review flow of a measurement: the project team records and submits, the focus team approves or returns
 * it with a comment, the team fixes and resubmits. An approved measurement is no longer the team's to edit: a
 * correction reopens it, with a reason, on record. Only approved measurements count in reports and payments.
 */
export const REVIEW_ACTIONS = ['submit', 'approve', 'return', 'reopen'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** What an entry in a measurement's review thread records: a review step, or a plain remark. */
export const MEASUREMENT_COMMENT_KINDS = [...REVIEW_ACTIONS, 'comment'] as const;
export type MeasurementCommentKind = (typeof MEASUREMENT_COMMENT_KINDS)[number];

/**
 * The most remarks (kind `comment`) one measurement's thread takes, so that the thread, which is answered
 * whole, stays a bounded answer (at most 200 × 4,000 characters of remarks). Review steps are not counted:
 * each one needs the focus team, so they stay few.
 */
export const MAX_THREAD_REMARKS = 200;

interface Step {
  from: readonly MeasurementStatus[];
  to: MeasurementStatus;
  /** Who may take the step; `team` means a project member of the measurement's project. */
  by: readonly (UserRole | 'team')[];
  needsComment: boolean;
}

export const REVIEW_STEPS: Record<ReviewAction, Step> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', by: ['team', 'focus_team', 'admin'], needsComment: false },
  approve: { from: ['submitted'], to: 'approved', by: ['focus_team', 'admin'], needsComment: false },
  return: { from: ['submitted'], to: 'returned', by: ['focus_team', 'admin'], needsComment: true },
  reopen: { from: ['approved'], to: 'draft', by: ['focus_team', 'admin'], needsComment: true },
};

export interface ReviewRequest {
  action: ReviewAction;
  status: MeasurementStatus;
  /** The actor's role; a project member counts as `team` only on their own project. */
  role: UserRole;
  onTeam: boolean;
  comment?: string | null;
}

/** Every reason the step is refused (empty when allowed). */
export function reviewUnmet(req: ReviewRequest): UnmetCriterion[] {
  const step = REVIEW_STEPS[req.action];
  const unmet: UnmetCriterion[] = [];
  const allowedRole = step.by.includes(req.role) || (req.role === 'project_member' && req.onTeam && step.by.includes('team'));
  if (!allowedRole) {
    unmet.push({
      criterion: 'role',
      message: step.by.includes('team')
        ? 'Only the project team, the focus team or an administrator may do this.'
        : 'Only the focus team or an administrator may do this.',
    });
  }
  if (!step.from.includes(req.status)) {
    unmet.push({ criterion: 'status', message: `A ${req.status} measurement cannot be ${PAST[req.action]}; it must be ${step.from.join(' or ')}.` });
  }
  if (step.needsComment && !req.comment?.trim()) {
    unmet.push({ criterion: 'comment', message: req.action === 'return' ? 'Say what the team should fix.' : 'Give the reason for the correction.' });
  }
  return unmet;
}

const PAST: Record<ReviewAction, string> = { submit: 'submitted', approve: 'approved', return: 'returned', reopen: 'reopened' };

/** The status after the step, or a DomainError: FORBIDDEN for the role, INVALID_TRANSITION otherwise. */
export function assertReview(req: ReviewRequest): MeasurementStatus {
  const unmet = reviewUnmet(req);
  if (unmet.length === 0) return REVIEW_STEPS[req.action].to;
  const code = unmet.some((u) => u.criterion === 'role') ? 'FORBIDDEN' : 'INVALID_TRANSITION';
  throw new DomainError(code, `Cannot ${req.action} this measurement: ${unmet.map((u) => u.message).join(' ')}`, { unmet });
}

/** Whether the measurement's value may still be edited: only while the team is working on it. */
export function isMeasurementEditable(status: MeasurementStatus): boolean {
  return status === 'draft' || status === 'returned';
}

/**
 * Which rule of its indicator's unit a measured value breaks, or null: a percentage lies between 0 and
 * 100, a count is whole and not negative. The API refuses such values; the dashboard says so as you type.
 */
export function unitRuleBroken(unit: string, value: number): 'percent' | 'count' | null {
  if (unit === 'percent' && (value < 0 || value > 100)) return 'percent';
  if (unit === 'count' && (!Number.isInteger(value) || value < 0)) return 'count';
  return null;
}
