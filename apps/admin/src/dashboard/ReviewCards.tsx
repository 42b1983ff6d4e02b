import { useCanAccess, useTranslate } from 'react-admin';
import { RETURNED_QUEUE, TO_REVIEW_QUEUE } from '../auth/access';
import { RETURNED_PATH, TO_REVIEW_PATH } from '../reviews/ReviewQueues';
import type { CountCardProps } from './CountCard';

/**
 * The review work waiting for the signed-in user, as cards that open its queue: submitted measurements for
 * the focus team and administrators, returned ones for a project team. Each card only where it concerns the role.
 */
export function useReviewCards({ toReview, returnedToMe }: { toReview?: number; returnedToMe?: number }): CountCardProps[] {
  const translate = useTranslate();
  const mayReview = useCanAccess({ resource: 'measurements', action: TO_REVIEW_QUEUE }).canAccess === true;
  const hasTeam = useCanAccess({ resource: 'measurements', action: RETURNED_QUEUE }).canAccess === true;
  const cards: CountCardProps[] = [];
  if (mayReview && toReview !== undefined) {
    cards.push({
      testId: 'reviews-to_review', count: toReview, to: TO_REVIEW_PATH, colour: 'info.main',
      title: translate('reviews.dashboard.to_review'), text: translate('reviews.dashboard.to_review_text', { smart_count: toReview }),
    });
  }
  if (hasTeam && returnedToMe !== undefined) {
    cards.push({
      testId: 'reviews-returned', count: returnedToMe, to: RETURNED_PATH, colour: 'warning.dark',
      title: translate('reviews.dashboard.returned'), text: translate('reviews.dashboard.returned_text', { smart_count: returnedToMe }),
    });
  }
  return cards;
}
