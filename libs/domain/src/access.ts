import type { UserRole } from './enums';
import type { ResourceName } from './resources';

/**
 * Who may read and write each resource: one table, enforced by the API (apps/api/src/common/access.ts, which
 * adds only the queries that find a record's project) and read by the dashboard to hide what a role cannot use.
 * - `admin`: administrators only;
 * - `staff`: administrators and the focus team;
 * - `project`: those, plus project members for records of a project on whose team they are;
 * - `none`: nobody through create, update and delete (history and reference data; actions have their own rules).
 */
export type WriteAccess = 'admin' | 'staff' | 'project' | 'none';
export const CHANGES = ['create', 'update', 'delete'] as const;
export type Change = (typeof CHANGES)[number];

export interface ResourceAccess {
  /** Who may read it (default: everyone signed in). */
  read?: readonly UserRole[];
  write: WriteAccess;
  /** For `project`: what a project member may do with their projects' records (default: all three). */
  membersMay?: readonly Change[];
  /** Who the dashboard offers the list screen to, where it is narrower than who may read (default: `read`). */
  listScreen?: readonly UserRole[];
  /** Money and place: fields only the focus team and administrators set or change, even on a member's own project. */
  staffFields?: readonly string[];
  /** What a project member sees of each record, and may filter, sort and search on (default: everything). */
  memberFields?: readonly string[];
}

export const STAFF_ROLES: readonly UserRole[] = ['admin', 'focus_team'];

/** The resources read and written through the generic CRUD routes. */
export type CrudResourceName = Exclude<ResourceName, 'reports'>;

export const ACCESS: Record<CrudResourceName, ResourceAccess> = {
  labs: { write: 'staff' },
  themes: { write: 'staff' },
  districts: { write: 'none' },
  organisations: { write: 'staff' },
  people: { write: 'staff' },
  // Project members edit their projects; creating and deleting one is the focus team's.
  projects: { write: 'project', membersMay: ['update'], staffFields: ['labId', 'budgetCents'] },
  memberships: { write: 'project' },
  // An agreement's contribution and an outcome contract's payment terms are the focus team's to set.
  agreements: { write: 'project', staffFields: ['contributionCents', 'indicatorId', 'pricePerUnitCents', 'maxPaymentCents'] },
  milestones: { write: 'project' },
  indicators: { write: 'project' },
  // The lab's indicator library: shared by its projects, so kept by the focus team.
  'indicator-definitions': { write: 'staff' },
  // The lab's breakdown dimensions (stadsdeel, doelgroep): shared like the library.
  dimensions: { write: 'staff' },
  'target-revisions': { write: 'project', membersMay: ['create'] },
  // Fixed by the gate into the experiment (a decision of the focus team), changed only through a revision by them.
  'success-criteria': { write: 'staff' },
  measurements: { write: 'project' },
  'status-updates': { write: 'project' },
  lessons: { write: 'project' },
  // Recorded by gate decisions (a project action), never written through a form.
  'phase-decisions': { write: 'none' },
  // Everyone signed in may read a user's name (names in histories); addresses, roles and the user screens are
  // for the focus team and administrators.
  users: { write: 'admin', listScreen: ['admin'], memberFields: ['id', 'name'] },
  'audit-events': { read: STAFF_ROLES, write: 'none' },
  // The outbox: written by the notices themselves; administrators read all of it, everyone else their own.
  notifications: { write: 'none' },
};

/** Freezing a quarterly report, the version the council receives: administrators only. */
export const FREEZE_ROLES: readonly UserRole[] = ['admin'];

/** Taking or importing the quarter's spreadsheet for a whole lab: administrators only (a project's is its reporters'). */
export const IMPORT_LAB_ROLES: readonly UserRole[] = ['admin'];

/** Recording that a frozen version was sent to the council: administrators only. */
export const SEND_ROLES: readonly UserRole[] = ['admin'];

/**
 * The fields of `access.staffFields` a role may not write: those a project member sets (on create) or
 * changes (on update, compared with `stored`), each with what to do instead.
 */
export function staffFieldProblems(
  role: UserRole, access: ResourceAccess | undefined, values: Record<string, unknown>, stored: Record<string, unknown> | null,
): Record<string, string> {
  if (role !== 'project_member') return {};
  const problems: Record<string, string> = {};
  for (const field of access?.staffFields ?? []) {
    if (!(field in values) || values[field] === undefined) continue;
    const changed = stored ? (values[field] ?? null) !== (stored[field] ?? null) : values[field] !== null;
    if (changed) problems[field] = 'is set by the focus team or an administrator: ask them to change it';
  }
  return problems;
}

export function accessOf(resource: string): ResourceAccess | undefined {
  return Object.prototype.hasOwnProperty.call(ACCESS, resource) ? ACCESS[resource as CrudResourceName] : undefined;
}

export function mayRead(role: UserRole, access: ResourceAccess | undefined): boolean {
  return !access?.read || access.read.includes(role);
}

/**
 * Whether a role may make a change of this kind at all, before the record's project is looked at: for a
 * project member on a `project` resource the answer is then still "only on their own projects".
 */
export function mayChange(role: UserRole, access: ResourceAccess | undefined, change: Change): boolean {
  if (role === 'admin') return true;
  const write = access?.write ?? 'admin';
  if (write === 'none' || write === 'admin') return false;
  if (role === 'focus_team') return true;
  if (write === 'staff') return false;
  return (access?.membersMay ?? CHANGES).includes(change);
}
