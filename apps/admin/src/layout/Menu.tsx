import AssessmentIcon from '@mui/icons-material/Assessment';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import UndoIcon from '@mui/icons-material/Undo';
import { Menu as RaMenu, useCanAccess, useTranslate } from 'react-admin';
import { RETURNED_QUEUE, TO_REVIEW_QUEUE } from '../auth/access';
import { REPORTS_PATH } from '../reports/ReportPage';
import { RETURNED_PATH, TO_REVIEW_PATH } from '../reviews/ReviewQueues';

/**
 * The home page, then the work that waits (the review queue of the focus team, or what was returned to a
 * team), the quarterly report, and every resource the user may list.
 */
export function Menu() {
  const translate = useTranslate();
  const toReview = useCanAccess({ resource: 'measurements', action: TO_REVIEW_QUEUE });
  const returned = useCanAccess({ resource: 'measurements', action: RETURNED_QUEUE });
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {toReview.canAccess && <RaMenu.Item to={TO_REVIEW_PATH} primaryText={translate('reviews.menu.to_review')} leftIcon={<FactCheckIcon />} />}
      {returned.canAccess && <RaMenu.Item to={RETURNED_PATH} primaryText={translate('reviews.menu.returned')} leftIcon={<UndoIcon />} />}
      <RaMenu.Item to={REPORTS_PATH} primaryText={translate('reports.menu')} leftIcon={<AssessmentIcon />} />
      <RaMenu.ResourceItems />
    </RaMenu>
  );
}
