import AssessmentIcon from '@mui/icons-material/Assessment';
import CompareArrowsIcon from '@mui/icons-material/CompareArrows';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import UndoIcon from '@mui/icons-material/Undo';
import { Menu as RaMenu, useCanAccess, usePermissions, useTranslate } from 'react-admin';
import { RETURNED_QUEUE, TO_REVIEW_QUEUE } from '../auth/access';
import { readSession } from '../auth/session';
import { EVIDENCE_PATH } from '../evidence/EvidencePage';
import { REPORTS_PATH } from '../reports/ReportPage';
import { resources } from '../resources';
import { RETURNED_PATH, TO_REVIEW_PATH } from '../reviews/ReviewQueues';
import { inMenu } from './menu-sections';

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
      <RaMenu.Item to={EVIDENCE_PATH} primaryText={translate('evidence.menu')} leftIcon={<CompareArrowsIcon />} />
      {resources.filter((r) => r.list && inMenu(user, r.name)).map((r) => <RaMenu.ResourceItem key={r.name} name={r.name} />)}
    </RaMenu>
  );
}
