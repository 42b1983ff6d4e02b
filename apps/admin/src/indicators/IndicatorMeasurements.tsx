import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import LockIcon from '@mui/icons-material/Lock';
import {
  Alert, Box, Button, IconButton, Skeleton, Stack, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tooltip, Typography,
} from '@mui/material';
import { useState } from 'react';
import { useGetList, useLocaleState, useTranslate, type RaRecord } from 'react-admin';
import { compareQuarters, isMeasurementEditable, type MeasurementStatus, type TargetChange } from '@lab/domain';
import { LockedMeasurementDialog } from '../measurements/LockedMeasurementDialog';
import { MeasurementDialog } from '../measurements/MeasurementDialog';
import { MeasurementStatusChip } from '../common/StatusChip';
import { formatIndicatorValue } from '../common/format';
import { IndicatorChart } from './IndicatorChart';
import { useCanWriteProject } from '../auth/useCanWriteProject';

/**
 * An indicator's measurements: the chart, the quarters as a table (also the chart's text alternative), and
 * entering or correcting a quarter in a dialog. Used on the indicator page and on the project page.
 */
export function IndicatorMeasurements({ indicator, chartHeight }: { indicator: RaRecord; chartHeight?: number }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [dialog, setDialog] = useState<{ open: boolean; measurement?: RaRecord }>({ open: false });
  const [locked, setLocked] = useState<RaRecord | null>(null);
  // Measurements go with their indicator's project: only its team (and staff) may enter or correct them.
  const canWrite = useCanWriteProject('milestones', indicator.projectId);
  const { data = [], isPending, error } = useGetList('measurements', {
    filter: { indicatorId: indicator.id },
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'period', order: 'ASC' },
  });
  // The target line follows the target in force in each quarter, so the chart needs the revisions too.
  const { data: revisions = [] } = useGetList('target-revisions', {
    filter: { indicatorId: indicator.id },
    pagination: { page: 1, perPage: 200 },
    sort: { field: 'id', order: 'ASC' },
  });
  const rows = [...data].sort((a, b) => compareQuarters(b.period, a.period));

  if (isPending) return <Skeleton variant="rectangular" height={chartHeight ?? 260} aria-label={translate('ra.page.loading')} />;
  if (error) return <Alert severity="error">{translate('ra.notification.http_error')}</Alert>;

  return (
    <Box>
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: 'stretch' }}>
        <Box sx={{ flex: 2, minWidth: 0 }}>
          <IndicatorChart indicator={indicator} measurements={data} revisions={revisions as unknown as TargetChange[]} height={chartHeight} />
        </Box>
        <Box sx={{ flex: 1, minWidth: 240 }}>
          <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
            <Typography variant="subtitle2" component="h4">
              {translate('resources.indicators.measurements.title')}
            </Typography>
            {canWrite && (
              <Button size="small" startIcon={<AddIcon />} onClick={() => setDialog({ open: true })}>
                {translate('resources.indicators.measurements.add')}
              </Button>
            )}
          </Stack>
          {rows.length > 0 && (
            <TableContainer sx={{ maxHeight: (chartHeight ?? 260) + 20 }}>
              <Table size="small" stickyHeader aria-label={`${translate('resources.indicators.measurements.title')}: ${indicator.name}`}>
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('resources.measurements.fields.period')}</TableCell>
                    <TableCell align="right">{translate('resources.measurements.fields.value')}</TableCell>
                    <TableCell>{translate('resources.measurements.fields.status')}</TableCell>
                    <TableCell padding="none">
                      <Box component="span" sx={visuallyHidden}>{translate('ra.action.edit')}</Box>
                    </TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {rows.map((m) => (
                    <TableRow key={m.id} hover>
                      <TableCell>{m.period}</TableCell>
                      <TableCell align="right">{formatIndicatorValue(m.value, indicator.unit, locale)}</TableCell>
                      <TableCell><MeasurementStatusChip status={m.status} /></TableCell>
                      <TableCell padding="none">
                        {canWrite && isMeasurementEditable(m.status as MeasurementStatus) && <Tooltip title={translate('resources.indicators.measurements.edit', { period: m.period })}>
                          <IconButton
                            size="small"
                            aria-label={translate('resources.indicators.measurements.edit', { period: m.period })}
                            onClick={() => setDialog({ open: true, measurement: m })}
                          >
                            <EditIcon fontSize="small" />
                          </IconButton>
                        </Tooltip>}
                        {canWrite && !isMeasurementEditable(m.status as MeasurementStatus) && <Tooltip title={translate(`reviews.locked.${m.status}`)}>
                          <IconButton
                            size="small"
                            aria-label={translate('reviews.locked.why', { period: m.period })}
                            onClick={() => setLocked(m)}
                          >
                            <LockIcon fontSize="small" />
                          </IconButton>
                        </Tooltip>}
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          )}
        </Box>
      </Stack>
      {locked && <LockedMeasurementDialog indicator={indicator} measurement={locked} onClose={() => setLocked(null)} />}
      {dialog.open && (
        <MeasurementDialog
          open
          onClose={() => setDialog({ open: false })}
          indicator={indicator}
          measurements={data}
          measurement={dialog.measurement}
        />
      )}
    </Box>
  );
}

const visuallyHidden = {
  border: 0, clip: 'rect(0 0 0 0)', height: '1px', margin: '-1px', overflow: 'hidden', padding: 0, position: 'absolute', whiteSpace: 'nowrap', width: '1px',
} as const;
