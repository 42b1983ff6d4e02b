import { Box, Card, CardContent, CardHeader, Link, Stack, Typography } from '@mui/material';
import { useCanAccess, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { RETURNED_QUEUE, TO_REVIEW_QUEUE } from '../auth/access';
import { RETURNED_PATH, TO_REVIEW_PATH } from '../reviews/ReviewQueues';

/**
 * The review work waiting for the signed-in user, with a link to its queue: submitted measurements for the
 * focus team and administrators, returned ones for a project team. Each card only where it concerns the role.
 */
export function ReviewCards({ toReview, returnedToMe }: { toReview?: number; returnedToMe?: number }) {
  const translate = useTranslate();
  const mayReview = useCanAccess({ resource: 'measurements', action: TO_REVIEW_QUEUE }).canAccess === true;
  const hasTeam = useCanAccess({ resource: 'measurements', action: RETURNED_QUEUE }).canAccess === true;
  const cards = [
    mayReview && toReview !== undefined && { key: 'to_review', count: toReview, to: TO_REVIEW_PATH, title: 'reviews.dashboard.to_review', text: 'reviews.dashboard.to_review_text', colour: 'info.main' },
    hasTeam && returnedToMe !== undefined && { key: 'returned', count: returnedToMe, to: RETURNED_PATH, title: 'reviews.dashboard.returned', text: 'reviews.dashboard.returned_text', colour: 'warning.dark' },
  ].filter(Boolean) as { key: string; count: number; to: string; title: string; text: string; colour: string }[];
  if (cards.length === 0) return null;
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, mb: 2 }}>
      {cards.map((c) => (
        <Card key={c.key} data-testid={`reviews-${c.key}`} sx={{ borderLeft: 6, borderColor: c.count > 0 ? c.colour : 'divider' }}>
          <CardHeader title={translate(c.title)} slotProps={{ title: { variant: 'h6', component: 'h2' } }} />
          <CardContent sx={{ pt: 0 }}>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <Typography variant="h3" component="p" data-testid={`reviews-${c.key}-count`}>{c.count}</Typography>
              <Box>
                <Typography>{translate(c.text, { smart_count: c.count })}</Typography>
                <Link component={RouterLink} to={c.to} aria-label={`${translate('reviews.dashboard.open')}: ${translate(c.title)}`}>{translate('reviews.dashboard.open')}</Link>
              </Box>
            </Stack>
          </CardContent>
        </Card>
      ))}
    </Box>
  );
}
