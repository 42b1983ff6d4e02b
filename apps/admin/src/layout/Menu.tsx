import AssessmentIcon from '@mui/icons-material/Assessment';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import UndoIcon from '@mui/icons-material/Undo';
import { Menu as RaMenu, useCanAccess, usePermissions, useTranslate } from 'react-admin';
import { canAccess, RETURNED_QUEUE, TO_REVIEW_QUEUE } from '../auth/access';
import { readSession, type SessionUser } from '../auth/session';
import { REPORTS_PATH } from '../reports/ReportPage';
import { resources } from '../resources';
import { RETURNED_PATH, TO_REVIEW_PATH } from '../reviews/ReviewQueues';

/** Histories the focus team and administrators read to do their work, though nobody writes them through a form. */
const HISTORIES = new Set(['phase-decisions', 'audit-events']);

/**
 * Whether a resource belongs in the user's menu: they may open its list, and they may change something in
 * it (or, for the focus team and administrators, it is a history they review). A project member thus keeps
 * their own work and loses the reference data and histories they can only read (they still reach them
 * through links on the pages that refer to them).
 */
export function inMenu(user: SessionUser | null | undefined, resource: string): boolean {
  if (!user || !canAccess(user, { action: 'list', resource })) return false;
  if (['create', 'edit', 'delete'].some((action) => canAccess(user, { action, resource }))) return true;
  return user.role !== 'project_member' && HISTORIES.has(resource);
}

/**
 * The home page, then the work that waits (the review queue of the focus team, or what was returned to a
 * team), the quarterly report, and the resources the user works with.
 */
export function Menu() {
  const translate = useTranslate();
  // The role comes from the session; asking for it re-renders the menu when another user signs in.
  usePermissions();
  const user = readSession()?.user;
  const toReview = useCanAccess({ resource: 'measurements', action: TO_REVIEW_QUEUE });
  const returned = useCanAccess({ resource: 'measurements', action: RETURNED_QUEUE });
  return (
    <RaMenu>
      <RaMenu.DashboardItem primaryText={translate('dashboard.title')} />
      {toReview.canAccess && <RaMenu.Item to={TO_REVIEW_PATH} primaryText={translate('reviews.menu.to_review')} leftIcon={<FactCheckIcon />} />}
      {returned.canAccess && <RaMenu.Item to={RETURNED_PATH} primaryText={translate('reviews.menu.returned')} leftIcon={<UndoIcon />} />}
      <RaMenu.Item to={REPORTS_PATH} primaryText={translate('reports.menu')} leftIcon={<AssessmentIcon />} />
      {resources.filter((r) => r.list && inMenu(user, r.name)).map((r) => <RaMenu.ResourceItem key={r.name} name={r.name} />)}
    </RaMenu>
  );
}
