import ArrowForwardIcon from '@mui/icons-material/ArrowForward';
import PlaylistAddCheckIcon from '@mui/icons-material/PlaylistAddCheck';
import { Alert, AlertTitle, Box, Button, Typography } from '@mui/material';
import { useEffect, useRef } from 'react';
import { useGetList, useTranslate, type RaRecord } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { MeasurementContext, ReviewAction } from '@lab/domain';
import { TO_REVIEW_QUEUE } from '../auth/access';
import { measurementSubject } from './subject';

// The queue's own order (ReviewQueues): the oldest quarter first.
const QUEUE_ORDER = { field: 'period', order: 'ASC' } as const;

const subjectOf = (r: RaRecord) => measurementSubject(r as unknown as { period: string; context?: MeasurementContext });

/** The first submitted measurement in the queue's order other than `currentId`, and how many wait besides it. */
export function useNextInQueue(currentId: number | null, enabled = true) {
  const { data, total, isPending } = useGetList(
    'measurements',
    { filter: { queue: TO_REVIEW_QUEUE }, sort: QUEUE_ORDER, pagination: { page: 1, perPage: 2 } },
    { enabled },
  );
  const next = data?.find((r) => r.id !== currentId) ?? null;
  const waiting = Math.max(0, (total ?? 0) - (data?.some((r) => r.id === currentId) ? 1 : 0));
  return { next, waiting, isPending };
}

/** At the top of the queue: open the first waiting measurement, to go through them one by one with their context. */
export function StartReviewing() {
  const translate = useTranslate();
  const { next, waiting } = useNextInQueue(null);
  if (!next) return null;
  return (
    <Button component={RouterLink} to={`/measurements/${next.id}/show`} variant="contained" startIcon={<PlaylistAddCheckIcon aria-hidden />}>
      {translate('reviews.next.start', { waiting })}
    </Button>
  );
}

/**
 * After approving or returning on a measurement's page: what was done, in words, and the way on — "Volgende"
 * to the next waiting measurement (it gets the focus, so Enter moves on), or, when the queue is done, back to
 * the empty queue.
 */
export function QueueStep({ action, subject, currentId }: { action: ReviewAction; subject: string; currentId: number }) {
  const translate = useTranslate();
  const { next, waiting, isPending } = useNextInQueue(currentId);
  const button = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (!isPending) button.current?.focus();
  }, [isPending, next?.id]);
  if (isPending) return null;
  return (
    <Alert severity="success" sx={{ mt: 2 }} data-testid="queue-step" role="status">
      <AlertTitle>{translate(`reviews.next.done.${action}`, { subject })}</AlertTitle>
      {next ? (
        <Box>
          <Typography variant="body2" sx={{ mb: 1 }} data-testid="queue-next">
            {translate('reviews.next.up', { smart_count: waiting, subject: subjectOf(next) })}
          </Typography>
          <Button ref={button} component={RouterLink} to={`/measurements/${next.id}/show`} variant="contained" endIcon={<ArrowForwardIcon aria-hidden />}>
            {translate('reviews.next.button')}
          </Button>
        </Box>
      ) : (
        <Box>
          <Typography variant="body2" sx={{ mb: 1 }} data-testid="queue-empty">{translate('reviews.next.empty')}</Typography>
          <Button ref={button} component={RouterLink} to="/reviews/to-review" variant="outlined">
            {translate('reviews.next.back')}
          </Button>
        </Box>
      )}
    </Alert>
  );
}
