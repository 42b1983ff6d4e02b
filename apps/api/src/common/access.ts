import type { EntityManager } from 'typeorm';
import { DomainError, type UserRole } from '@lab/domain';
import type { Actor } from './actor';

type Row = Record<string, unknown>;

/**
 * Who may read and write a resource, declared once in its *.resource.ts and enforced here for every route:
 * - `admin`: administrators only;
 * - `staff`: administrators and the focus team;
 * - `project`: those, plus project members for records of a project on whose team they are;
 * - `none`: nobody through CRUD (history and reference data; actions have their own rules).
 */
export interface AccessRule {
  read?: readonly UserRole[];
  write: 'admin' | 'staff' | 'project' | 'none';
  /** For `project`: the project a record belongs to (as stored, or as it would be written). */
  projectOf?: (manager: EntityManager, record: Row) => Promise<number | null>;
  /** Project members may edit their projects but not create or delete them. */
  membersMay?: readonly ('create' | 'update' | 'delete')[];
}

export const byProjectId = async (_m: EntityManager, r: Row) => (typeof r.projectId === 'number' ? r.projectId : null);
export const byOwnId = async (_m: EntityManager, r: Row) => (typeof r.id === 'number' ? r.id : null);
/** Measurements and target revisions belong to a project through their indicator. */
export const byIndicator = async (m: EntityManager, r: Row) => {
  if (typeof r.indicatorId !== 'number') return null;
  const [row] = await m.query('SELECT project_id AS "projectId" FROM indicators WHERE id = $1', [r.indicatorId]);
  return row?.projectId ?? null;
};

const ROLE_WORDS: Record<UserRole, string> = { admin: 'an administrator', focus_team: 'the focus team', project_member: 'a project member' };

export function assertCanRead(actor: Actor | null, rule: AccessRule | undefined, label: string): void {
  if (!actor || !rule?.read || rule.read.includes(actor.role)) return;
  throw new DomainError('FORBIDDEN', `As ${ROLE_WORDS[actor.role]} you may not read ${label} records.`);
}

/** `records`: for an update both the stored and the resulting record, so a record cannot be moved out of reach. */
export async function authorize(
  manager: EntityManager, actor: Actor | null, rule: AccessRule | undefined, action: 'create' | 'update' | 'delete', records: Row[], label: string,
): Promise<void> {
  // No actor: the app itself (start-up, demo data), never a request.
  if (!actor || actor.role === 'admin') return;
  const write = rule?.write ?? 'admin';
  const refuse = (why: string) => {
    throw new DomainError('FORBIDDEN', `As ${ROLE_WORDS[actor.role]} you may not ${action} this ${label}: ${why}`);
  };
  if (write === 'none' || write === 'admin') refuse('only an administrator may.');
  if (actor.role === 'focus_team') return;
  if (write === 'staff') refuse('only the focus team and administrators may.');
  if (!(rule?.membersMay ?? ['create', 'update', 'delete']).includes(action)) refuse('only the focus team and administrators may.');

  const ids = await memberProjectIds(manager, actor);
  for (const record of records) {
    const projectId = await rule!.projectOf!(manager, record);
    if (projectId === null || !ids.includes(projectId)) {
      refuse('it belongs to a project on whose team you are not.');
    }
  }
}

/** The projects on whose team the actor is (none for a user not linked to a person). */
export async function memberProjectIds(manager: EntityManager, actor: Actor | null): Promise<number[]> {
  if (!actor?.personId) return [];
  const rows: { projectId: number }[] = await manager.query(
    'SELECT DISTINCT project_id AS "projectId" FROM memberships WHERE person_id = $1', [actor.personId],
  );
  return rows.map((r) => r.projectId);
}
