import type { UserRole } from '@lab/domain';
import type { SessionUser } from './session';

/**
 * What each role may see and do in the dashboard: the API's rules (apps/api/src/common/access.ts and the
 * `access` of every *.resource.ts) mirrored, so that react-admin hides menus and buttons a user cannot use.
 * The API stays the judge: where the dashboard cannot know (a measurement's project comes through its
 * indicator) it offers the action and shows the API's refusal.
 *
 * - `admin`: may do everything.
 * - `focus_team`: reads everything, writes everything except users, decides phase gates.
 * - `project_member`: reads everything except the audit trail; writes only records of its own projects.
 */

type Write = 'admin' | 'staff' | 'project' | 'none';
type Change = 'create' | 'edit' | 'delete';

interface Rule {
  /** Who sees the resource in the menu and may open its list (default: everyone signed in). */
  list?: readonly UserRole[];
  /** Who may open a single record (default: everyone signed in). */
  show?: readonly UserRole[];
  write: Write;
  /** For `project`: what a project member may do (default: create, edit, delete). */
  membersMay?: readonly Change[];
  /** For `project`: the project a record belongs to; `undefined` when the dashboard cannot tell. */
  projectOf?: (record: Record<string, unknown>) => number | null | undefined;
}

const STAFF: readonly UserRole[] = ['admin', 'focus_team'];
const byProjectId = (r: Record<string, unknown>) => (typeof r.projectId === 'number' ? r.projectId : null);
const byOwnId = (r: Record<string, unknown>) => (typeof r.id === 'number' ? r.id : null);
/** Target revisions belong to a project through their indicator: the API decides. */
const throughIndicator = () => undefined;
/** A measurement row carries its project (through its indicator); a new one does not yet: the API decides then. */
const measurementProject = (r: Record<string, unknown>) => (typeof r.projectId === 'number' ? r.projectId : undefined);

export const ACCESS_RULES: Record<string, Rule> = {
  labs: { write: 'staff' },
  themes: { write: 'staff' },
  districts: { write: 'none' },
  organisations: { write: 'staff' },
  people: { write: 'staff' },
  projects: { write: 'project', membersMay: ['edit'], projectOf: byOwnId },
  memberships: { write: 'project', projectOf: byProjectId },
  agreements: { write: 'project', projectOf: byProjectId },
  milestones: { write: 'project', projectOf: byProjectId },
  indicators: { write: 'project', projectOf: byProjectId },
  'status-updates': { write: 'project', projectOf: byProjectId },
  lessons: { write: 'project', projectOf: byProjectId },
  measurements: { write: 'project', projectOf: measurementProject },
  'target-revisions': { write: 'project', membersMay: ['create'], projectOf: throughIndicator },
  // Recorded by gate decisions (a project action), never written through a form.
  'phase-decisions': { write: 'none' },
  // Everyone signed in may read a user (names in histories), but the user screens are the administrator's.
  users: { list: ['admin'], write: 'admin' },
  'audit-events': { list: STAFF, show: STAFF, write: 'none' },
};

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

const CHANGES: Record<string, Change> = { create: 'create', edit: 'edit', delete: 'delete', clone: 'create' };

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
  if (resource === 'reports' && action === FREEZE_ACTION) return false;

  if (resource === 'measurements' && action === REVIEW_ACTION) return STAFF.includes(user.role);
  if (resource === 'measurements' && action === TO_REVIEW_QUEUE) return STAFF.includes(user.role);
  if (resource === 'measurements' && action === SUBMIT_ACTION) {
    if (STAFF.includes(user.role)) return true;
    const projectId = record ? measurementProject(record) : undefined;
    return projectId === undefined ? true : user.projectIds.includes(projectId);
  }

  const rule = ACCESS_RULES[resource];
  // A resource without a rule here (the reports) is read-only for everyone but the administrator.
  if (!rule) return !(action in CHANGES);

  const change = CHANGES[action];
  if (!change) {
    // Reading: list (the menu, the list page, export), show, and anything else react-admin asks.
    if (action === 'list' || action === 'export') return !rule.list || rule.list.includes(user.role);
    return !rule.show || rule.show.includes(user.role);
  }

  switch (rule.write) {
    case 'none':
    case 'admin':
      return false;
    case 'staff':
      return user.role === 'focus_team';
    case 'project': {
      if (user.role === 'focus_team') return true;
      if (!(rule.membersMay ?? ['create', 'edit', 'delete']).includes(change)) return false;
      // Without a record react-admin asks whether the page may open at all: the form's own save answers.
      // With one (also for a create on the project page, which knows its project) the team decides.
      if (!record) return true;
      const projectId = rule.projectOf?.(record);
      if (projectId === undefined) return true;
      return projectId !== null && user.projectIds.includes(projectId);
    }
  }
}
