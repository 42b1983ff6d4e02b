import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Typography } from '@mui/material';
import { useId } from 'react';
import { useCreatePath, useLocaleState, useTranslate, type RaRecord } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { formatIndicatorValue } from '../common/format';
import { ReviewActions } from '../reviews/ReviewActions';
import { MeasurementStatusChip } from '../common/StatusChip';

/**
 * What the project page offers instead of editing a submitted or approved measurement: why it cannot be
 * changed now, the review steps the user may take (reopening, with a reason, for the focus team), and the
 * way to the measurement's page with its review thread.
 */
export function LockedMeasurementDialog({ indicator, measurement, onClose }: { indicator: RaRecord; measurement: RaRecord; onClose: () => void }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const titleId = useId();
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>
        {translate('reviews.locked.title', { period: measurement.period, indicator: indicator.name })}
      </DialogTitle>
      <DialogContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 2 }}>
          <Typography>{formatIndicatorValue(measurement.value, indicator.unit, locale)}</Typography>
          <MeasurementStatusChip status={measurement.status} />
        </Stack>
        <Alert severity="info" sx={{ mb: 2 }}>{translate(`reviews.locked.${measurement.status}`)}</Alert>
        <ReviewActions
          measurement={{ id: measurement.id as number, status: measurement.status, period: measurement.period, projectId: indicator.projectId }}
          onDone={onClose}
        />
      </DialogContent>
      <DialogActions>
        <Button component={RouterLink} to={createPath({ resource: 'measurements', id: measurement.id, type: 'show' })} startIcon={<OpenInNewIcon aria-hidden />}>
          {translate('reviews.locked.open')}
        </Button>
        <Button onClick={onClose}>{translate('ra.action.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
