import { accessOf, FREEZE_ROLES, mayChange, mayRead, STAFF_ROLES, STATUS_UPDATE_REOPEN_ROLES, type Change } from '@lab/domain';
import type { SessionUser } from './session';
import { SEND_ROLES } from '@lab/domain';

/**
 * What each role may see and do in the dashboard, read from the API's own table (ACCESS in libs/domain), so
 * that react-admin hides menus and buttons a user cannot use. The API stays the judge: where the dashboard
 * cannot know a record's project (a target revision's comes through its indicator) it offers the action and
 * shows the API's refusal.
 */

type Row = Record<string, unknown>;
const byProjectId = (r: Row) => (typeof r.projectId === 'number' ? r.projectId : null);
const byOwnId = (r: Row) => (typeof r.id === 'number' ? r.id : null);
/** A measurement row carries its project (through its indicator); a new one does not yet: the API decides then. */
const measurementProject = (r: Row) => (typeof r.projectId === 'number' ? r.projectId : undefined);

/** The project a record of a `project` resource belongs to, as far as the record itself tells; `undefined`: the API decides. */
const PROJECT_OF: Record<string, (record: Row) => number | null | undefined> = {
  projects: byOwnId,
  memberships: byProjectId,
  agreements: byProjectId,
  milestones: byProjectId,
  indicators: byProjectId,
  'status-updates': byProjectId,
  lessons: byProjectId,
  measurements: measurementProject,
};

const STAFF = STAFF_ROLES;

/** Actions beyond CRUD, asked as `canAccess({ resource: 'projects', action: 'gate' | 'reopen' })`. */
export const GATE_ACTION = 'gate';
export const REOPEN_ACTION = 'reopen';

/**
 * The review flow of a measurement, asked as `canAccess({ resource: 'measurements', action: SUBMIT_ACTION, record })`
 * or REVIEW_ACTION (approve, return and reopen: the focus team and administrators). Submitting is the team's.
 */
export const SUBMIT_ACTION = 'submit';
export const REVIEW_ACTION = 'review';
/** The review queues: what the focus team has to review, and what was returned to a team. */
export const TO_REVIEW_QUEUE = 'to_review';
export const RETURNED_QUEUE = 'returned_to_me';
/** Freezing a quarterly report (for the council): administrators only. */
export const FREEZE_ACTION = 'freeze';
/** Recording that a frozen version was sent to the council: administrators only. */
export const SEND_ACTION = 'send';

/** react-admin's words for a change, in the API's. */
const CHANGES: Record<string, Change> = { create: 'create', edit: 'update', delete: 'delete', clone: 'create' };

export interface AccessQuery {
  action: string;
  resource: string;
  record?: Record<string, unknown>;
}

export function canAccess(user: SessionUser | null | undefined, { action, resource, record }: AccessQuery): boolean {
  if (!user) return false;
  // Only a team has measurements returned to it (administrators and the focus team are on no team): they find
  // returned ones in the measurement list.
  if (resource === 'measurements' && action === RETURNED_QUEUE) return user.role === 'project_member';
  if (user.role === 'admin') return true;

  if (resource === 'projects' && action === GATE_ACTION) return STAFF.includes(user.role);
  if (resource === 'projects' && action === REOPEN_ACTION) return false;
  if (resource === 'reports' && action === FREEZE_ACTION) return FREEZE_ROLES.includes(user.role);
  if (resource === 'reports' && action === SEND_ACTION) return SEND_ROLES.includes(user.role);

  if (resource === 'measurements' && action === REVIEW_ACTION) return STAFF.includes(user.role);
  // Reopening a submitted status update: whoever may reopen a measurement.
  if (resource === 'status-updates' && action === REVIEW_ACTION) return STATUS_UPDATE_REOPEN_ROLES.includes(user.role);
  if (resource === 'measurements' && action === TO_REVIEW_QUEUE) return STAFF.includes(user.role);
  if (resource === 'measurements' && action === SUBMIT_ACTION) {
    if (STAFF.includes(user.role)) return true;
    const projectId = record ? measurementProject(record) : undefined;
    return projectId === undefined ? true : user.projectIds.includes(projectId);
  }

  const rule = accessOf(resource);
  // A resource without a rule (the reports) is read-only for everyone but the administrator.
  if (!rule) return !(action in CHANGES);

  const change = CHANGES[action];
  if (!change) {
    // Reading: list (the menu, the list page, export), show, and anything else react-admin asks.
    if (action === 'list' || action === 'export') return (rule.listScreen ?? rule.read ?? [user.role]).includes(user.role);
    return mayRead(user.role, rule);
  }
  if (!mayChange(user.role, rule, change)) return false;
  if (user.role !== 'project_member') return true;
  // Without a record react-admin asks whether the page may open at all: the form's own save answers.
  // With one (also for a create on the project page, which knows its project) the team decides.
  if (!record) return true;
  const projectId = PROJECT_OF[resource]?.(record);
  if (projectId === undefined) return true;
  return projectId !== null && user.projectIds.includes(projectId);
}
