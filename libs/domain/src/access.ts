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
  projects: { write: 'project', membersMay: ['update'] },
  memberships: { write: 'project' },
  agreements: { write: 'project' },
  milestones: { write: 'project' },
  indicators: { write: 'project' },
  'target-revisions': { write: 'project', membersMay: ['create'] },
  measurements: { write: 'project' },
  'status-updates': { write: 'project' },
  lessons: { write: 'project' },
  // Recorded by gate decisions (a project action), never written through a form.
  'phase-decisions': { write: 'none' },
  // Everyone signed in may read a user (names in histories), but the user screens are the administrator's.
  users: { write: 'admin', listScreen: ['admin'] },
  'audit-events': { read: STAFF_ROLES, write: 'none' },
};

/** Freezing a quarterly report, the version the council receives: administrators only. */
export const FREEZE_ROLES: readonly UserRole[] = ['admin'];

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
