import { canAccess } from '../auth/access';
import type { SessionUser } from '../auth/session';

/** Histories the focus team and administrators read to do their work, though nobody writes them through a form. */
const HISTORIES = new Set(['phase-decisions', 'audit-events']);
/** Lists of the user's own records that everyone reads (each sees their own notices). */
const OWN = new Set(['notifications']);

/**
 * Whether a resource belongs in the user's menu: they may open its list, and they may change something in
 * it (or, for the focus team and administrators, it is a history they review). A project member thus keeps
 * their own work and loses the reference data and histories they can only read (they still reach them
 * through links on the pages that refer to them).
 */
export function inMenu(user: SessionUser | null | undefined, resource: string): boolean {
  if (!user || !canAccess(user, { action: 'list', resource })) return false;
  if (OWN.has(resource)) return true;
  if (['create', 'edit', 'delete'].some((action) => canAccess(user, { action, resource }))) return true;
  return user.role !== 'project_member' && HISTORIES.has(resource);
}
