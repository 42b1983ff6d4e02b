import EditCalendarIcon from '@mui/icons-material/EditCalendar';
import { Alert, Box, Button, Typography } from '@mui/material';
import {
  Datagrid, List, TextField, Title, useCanAccess, useLocaleState, useRecordContext, useTranslate,
  type RaRecord,
} from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { IndicatorUnit, MeasurementContext, MeasurementStatus } from '@lab/domain';
import { RETURNED_QUEUE, TO_REVIEW_QUEUE } from '../auth/access';
import { InstantField } from '../common/fields';
import { formatIndicatorValue } from '../common/format';
import { quarterEntryPath } from '../quarters/paths';
import { ReviewActions } from './ReviewActions';
import { ContextField, SubjectField } from './ReviewContext';
import { measurementSubject } from './subject';
import { StartReviewing } from './NextInQueue';
import { StatusChipField } from '../common/StatusChip';

export const TO_REVIEW_PATH = '/reviews/to-review';
export const RETURNED_PATH = '/reviews/returned';

/** The value in its indicator's unit (the unit comes with the measurement's context). */
function ValueField(_: { label?: string; sortable?: boolean; textAlign?: 'right' }) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  if (!record) return null;
  return <strong>{formatIndicatorValue(record.value, (record.context as MeasurementContext | undefined)?.unit as IndicatorUnit | undefined, locale)}</strong>;
}

/** Names the row in words, for screen readers and dialogs: several rows each have a Goedkeuren button. */
function subjectOf(record: RaRecord): string {
  return measurementSubject(record as unknown as { period: string; context?: MeasurementContext });
}

function RowActions({ queue }: { queue: 'to_review' | 'returned_to_me'; label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const measurement = { id: record.id as number, status: record.status as MeasurementStatus, period: record.period, projectId: record.projectId };
  return (
    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', minWidth: queue === 'to_review' ? 130 : 240 }}>
      {queue === 'returned_to_me' && record.projectId != null && (
        <Button
          size="small"
          component={RouterLink}
          to={quarterEntryPath(record.projectId, record.period)}
          startIcon={<EditCalendarIcon aria-hidden />}
          onClick={(e) => e.stopPropagation()}
          aria-label={`${translate('reviews.queue.fix')}: ${subjectOf(record)}`}
        >
          {translate('reviews.queue.fix')}
        </Button>
      )}
      <ReviewActions size="small" measurement={measurement} only={queue === 'to_review' ? ['approve', 'return'] : ['submit']} subject={subjectOf(record)} />
    </Box>
  );
}

function QueueEmpty({ message }: { message: string }) {
  const translate = useTranslate();
  return (
    <Box sx={{ p: 3 }}>
      <Typography color="text.secondary">{translate(message)}</Typography>
    </Box>
  );
}

function Queue({ queue, title, intro, empty }: { queue: 'to_review' | 'returned_to_me'; title: string; intro: string; empty: string }) {
  const translate = useTranslate();
  const { canAccess, isPending } = useCanAccess({ resource: 'measurements', action: queue });
  if (isPending) return null;
  if (!canAccess) {
    return (
      <Box sx={{ p: 2 }}>
        <Title title={translate(title)} />
        <Alert severity="info">{translate('reviews.queue.not_for_you')}</Alert>
      </Box>
    );
  }
  return (
    <List
      resource="measurements"
      filter={{ queue }}
      sort={{ field: 'period', order: 'ASC' }}
      perPage={50}
      title={translate(title)}
      storeKey={`reviews.${queue}`}
      disableSyncWithLocation
      exporter={false}
      actions={false}
      empty={false}
    >
      <Box sx={{ px: 2, pt: 2, display: 'flex', gap: 2, alignItems: 'center', justifyContent: 'space-between', flexWrap: 'wrap' }}>
        <Typography variant="body2" sx={{ maxWidth: 760 }}>{translate(intro)}</Typography>
        {queue === 'to_review' && <StartReviewing />}
      </Box>
      <Datagrid
        rowClick="show"
        bulkActionButtons={false}
        empty={<QueueEmpty message={empty} />}
        data-testid={`queue-${queue}`}
        sx={{ '& .column-period': { whiteSpace: 'nowrap' }, '& td': { verticalAlign: 'top' } }}
      >
        <SubjectField label="reviews.context.subject" sortable={false} />
        <TextField source="period" />
        <ValueField label="resources.measurements.fields.value" sortable={false} textAlign="right" />
        <ContextField figure="previous" label="reviews.context.previous" sortable={false} textAlign="right" />
        <ContextField figure="baseline" label="reviews.context.baseline" sortable={false} textAlign="right" />
        <ContextField figure="target" label="reviews.context.target" sortable={false} textAlign="right" />
        {/* Everything waiting for review is submitted: the status speaks only in the returned queue. */}
        {queue === 'returned_to_me' && <StatusChipField label="resources.measurements.fields.status" sortable={false} />}
        {queue === 'to_review'
          ? <InstantField source="submittedAt" sortable={false} />
          : <TextField source="reviewComment" sortable={false} emptyText="—" />}
        <RowActions queue={queue} label="reviews.queue.actions" />
      </Datagrid>
    </List>
  );
}

/** "Te beoordelen": every submitted measurement, for the focus team and administrators. */
export function ToReviewPage() {
  return <Queue queue={TO_REVIEW_QUEUE} title="reviews.queue.to_review.title" intro="reviews.queue.to_review.intro" empty="reviews.queue.to_review.empty" />;
}

/** "Teruggestuurd": measurements the focus team returned to the signed-in member's teams. */
export function ReturnedPage() {
  return <Queue queue={RETURNED_QUEUE} title="reviews.queue.returned.title" intro="reviews.queue.returned.intro" empty="reviews.queue.returned.empty" />;
}
