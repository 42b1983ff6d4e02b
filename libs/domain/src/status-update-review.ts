import { DomainError, type UnmetCriterion } from './errors';
import type { UserRole } from './enums';
import { REVIEW_STEPS } from './measurement-review';

/**
 * A status update (kwartaalupdate) is the team's until they submit it with the quarter. From then on it is on
 * record like a submitted measurement: its health and narrative no longer change behind anyone's back. A
 * change needs the update reopened first, by whoever may reopen a measurement (the focus team or an
 * administrator), with a reason, on record; reopening makes it a draft again, which the team submits anew.
 */
export const STATUS_UPDATE_STATUSES = ['draft', 'submitted'] as const;
export type StatusUpdateStatus = (typeof STATUS_UPDATE_STATUSES)[number];

/** What a team writes in a status update; frozen once it is submitted. */
export const STATUS_UPDATE_CONTENT_FIELDS = ['projectId', 'period', 'health', 'narrative'] as const;

/** Who may reopen a submitted status update: the same as for a measurement. */
export const STATUS_UPDATE_REOPEN_ROLES: readonly UserRole[] = REVIEW_STEPS.reopen.by.filter((r): r is UserRole => r !== 'team');

export function statusUpdateStatus(update: { submittedAt?: string | Date | null }): StatusUpdateStatus {
  return update.submittedAt ? 'submitted' : 'draft';
}

export function isStatusUpdateEditable(status: StatusUpdateStatus): boolean {
  return status === 'draft';
}

export function mayReopenStatusUpdate(role: UserRole): boolean {
  return STATUS_UPDATE_REOPEN_ROLES.includes(role);
}

/** Every reason reopening is refused (empty when allowed). */
export function statusUpdateReopenUnmet(req: { status: StatusUpdateStatus; role: UserRole; comment?: string | null }): UnmetCriterion[] {
  const unmet: UnmetCriterion[] = [];
  if (!mayReopenStatusUpdate(req.role)) {
    unmet.push({ criterion: 'role', message: 'Only the focus team or an administrator may reopen a submitted status update.' });
  }
  if (req.status !== 'submitted') {
    unmet.push({ criterion: 'status', message: 'This status update is a draft: it is open already and the team can change it.' });
  }
  if (!req.comment?.trim()) unmet.push({ criterion: 'comment', message: 'Give the reason for reopening it.' });
  return unmet;
}

/** Passes when the status update may be reopened; otherwise FORBIDDEN for the role, INVALID_TRANSITION for the rest. */
export function assertStatusUpdateReopen(req: { status: StatusUpdateStatus; role: UserRole; comment?: string | null }): 'draft' {
  const unmet = statusUpdateReopenUnmet(req);
  if (unmet.length === 0) return 'draft';
  const code = unmet.some((u) => u.criterion === 'role') ? 'FORBIDDEN' : 'INVALID_TRANSITION';
  throw new DomainError(code, `Cannot reopen this status update: ${unmet.map((u) => u.message).join(' ')}`, { unmet });
}
