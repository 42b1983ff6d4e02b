import type { EntityManager } from 'typeorm';
import { DomainError, mayChange, mayRead, type Change, type ResourceAccess, type UserRole } from '@lab/domain';
import type { Actor } from './actor';

type Row = Record<string, unknown>;

/** The project a record belongs to (as stored, or as it would be written); null when it has none. */
export type ProjectOf = (manager: EntityManager, record: Row) => Promise<number | null>;

export const byProjectId = async (_m: EntityManager, r: Row) => (typeof r.projectId === 'number' ? r.projectId : null);
export const byOwnId = async (_m: EntityManager, r: Row) => (typeof r.id === 'number' ? r.id : null);
/** Measurements and target revisions belong to a project through their indicator. */
export const byIndicator = async (m: EntityManager, r: Row) => {
  if (typeof r.indicatorId !== 'number') return null;
  const [row] = await m.query('SELECT project_id AS "projectId" FROM indicators WHERE id = $1', [r.indicatorId]);
  return row?.projectId ?? null;
};

const ROLE_WORDS: Record<UserRole, string> = { admin: 'an administrator', focus_team: 'the focus team', project_member: 'a project member' };

export function assertCanRead(actor: Actor | null, access: ResourceAccess, label: string): void {
  if (!actor || mayRead(actor.role, access)) return;
  throw new DomainError('FORBIDDEN', `As ${ROLE_WORDS[actor.role]} you may not read ${label} records.`);
}

/**
 * Refuses a change the actor may not make, by the resource's rule in libs/domain (ACCESS) and, for a project
 * member, the project of each record. `records`: for an update both the stored and the resulting record, so
 * a record cannot be moved out of reach.
 */
export async function authorize(
  manager: EntityManager, actor: Actor | null, access: ResourceAccess, projectOf: ProjectOf | undefined, action: Change, records: Row[], label: string,
): Promise<void> {
  // No actor: the app itself (start-up, demo data), never a request.
  if (!actor || actor.role === 'admin') return;
  const refuse = (why: string) => {
    throw new DomainError('FORBIDDEN', `As ${ROLE_WORDS[actor.role]} you may not ${action} this ${label}: ${why}`);
  };
  if (!mayChange(actor.role, access, action)) {
    refuse(access.write === 'none' || access.write === 'admin' ? 'only an administrator may.' : 'only the focus team and administrators may.');
  }
  if (actor.role === 'focus_team') return;

  const ids = await memberProjectIds(manager, actor);
  for (const record of records) {
    const projectId = projectOf ? await projectOf(manager, record) : null;
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
