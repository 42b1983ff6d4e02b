import {
  Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, LinearProgress, Table, TableBody, TableCell,
  TableContainer, TableHead, TableRow, Typography,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import type { FrozenReportVersion, LiveDifference } from '@lab/domain';
import { decimal, instant, money } from '../common/format';
import { fetchVersionChanges } from './corrections-api';
import { CorrectionsTable } from './CorrectionsTable';

/**
 * A frozen version's page: what has changed since it was frozen — the corrections recorded against it and the
 * live figures that now differ — beside its checksum, which stays what it was.
 */
export function VersionChanges({ version: v, quarter, onClose }: { version: FrozenReportVersion; quarter: string; onClose: () => void }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const titleId = useId();
  const { data, isPending, error } = useQuery({ queryKey: ['report-version-changes', v.id], queryFn: () => fetchVersionChanges(v.id) });
  const figure = (d: LiveDifference, n: number | null) => (n === null ? '—' : d.field === 'dueCents' ? money(n, locale) : decimal(n, locale));
  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} maxWidth="lg" fullWidth>
      <DialogTitle id={titleId}>{translate('reports.changes.title', { version: `v${v.version}`, quarter })}</DialogTitle>
      <DialogContent data-testid="version-changes">
        <DialogContentText sx={{ mb: 1 }}>{translate('reports.changes.intro')}</DialogContentText>
        <Box component="code" sx={{ wordBreak: 'break-all', fontSize: 12, display: 'block', mb: 2 }}>PDF {v.pdfSha256}</Box>
        {isPending ? <LinearProgress aria-label={translate('ra.page.loading')} />
          : error || !data ? <Alert severity="error">{translate('reports.changes.error')}</Alert>
          : (
            <>
              {!data.latest && <Alert severity="info" sx={{ mb: 2 }}>{translate('reports.changes.superseded')}</Alert>}
              <Typography variant="h6" component="h3" gutterBottom>
                {translate('reports.changes.corrections', { smart_count: data.correctionsTotal })}
              </Typography>
              {data.corrections.length === 0
                ? <Typography color="text.secondary" sx={{ mb: 2 }}>{translate('reports.changes.no_corrections')}</Typography>
                : <Box sx={{ mb: 2 }}><CorrectionsTable items={data.corrections} label={translate('reports.changes.corrections', { smart_count: data.correctionsTotal })} /></Box>}
              <Alert severity={data.liveDiffers ? 'warning' : 'success'} sx={{ mb: 1 }} data-testid="version-live">
                {data.liveDiffers
                  ? translate('reports.changes.live_differs', { smart_count: data.differencesTotal })
                  : translate('reports.changes.live_same')}
              </Alert>
              {data.differences.length > 0 && (
                <TableContainer>
                  <Table size="small" aria-label={translate('reports.changes.live_differs', { smart_count: data.differencesTotal })}>
                    <TableHead>
                      <TableRow>
                        <TableCell>{translate('reports.corrections.project')}</TableCell>
                        <TableCell>{translate('reports.changes.item')}</TableCell>
                        <TableCell>{translate('reports.changes.field')}</TableCell>
                        <TableCell align="right">{translate('reports.changes.frozen')}</TableCell>
                        <TableCell align="right">{translate('reports.changes.live')}</TableCell>
                      </TableRow>
                    </TableHead>
                    <TableBody>
                      {data.differences.map((d) => (
                        <TableRow key={`${d.projectCode}-${d.indicatorId ?? d.item}-${d.field}`}>
                          <TableCell>{d.projectCode}</TableCell>
                          <TableCell>{d.item}</TableCell>
                          <TableCell>{translate(`reports.changes.fields.${d.field}`)}</TableCell>
                          <TableCell align="right">{figure(d, d.frozen)}</TableCell>
                          <TableCell align="right"><strong>{figure(d, d.live)}</strong></TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </TableContainer>
              )}
              <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
                {translate('reports.changes.checked_at', { date: instant(data.checkedAt, locale) })}
              </Typography>
            </>
          )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('reports.changes.close')}</Button>
      </DialogActions>
    </Dialog>
  );
}
