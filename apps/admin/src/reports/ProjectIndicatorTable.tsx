import { Chip, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { IndicatorLine } from '@lab/domain';
import { formatIndicatorValue, percent } from '../common/format';

/**
 * A project's indicators in the report: the quarter's value (or why it does not count yet), the figure the
 * report uses, baseline, target in force, progress and whether it is on track.
 */
export function ProjectIndicatorTable({ indicators }: { indicators: IndicatorLine[] }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <TableContainer sx={{ mb: 2 }}>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('resources.indicators.fields.name')}</TableCell>
            <TableCell align="right">{translate('reports.projects.value')}</TableCell>
            <TableCell align="right">{translate('reports.projects.figure')}</TableCell>
            <TableCell align="right">{translate('resources.indicators.fields.baselineValue')}</TableCell>
            <TableCell align="right">{translate('quarters.target_in_force')}</TableCell>
            <TableCell align="right">{translate('reports.projects.progress')}</TableCell>
            <TableCell>{translate('reports.projects.on_track')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {indicators.map((i) => (
            <TableRow key={i.id}>
              <TableCell>{i.name}</TableCell>
              <TableCell align="right">
                {i.pending ? <Chip size="small" color="warning" label={translate('reports.projects.not_counted', { status: translate(`enums.measurement_status.${i.status}`) })} /> : formatIndicatorValue(i.value, i.unit, locale)}
              </TableCell>
              <TableCell align="right">{formatIndicatorValue(i.figure, i.unit, locale)}</TableCell>
              <TableCell align="right">{formatIndicatorValue(i.baseline, i.unit, locale)}</TableCell>
              <TableCell align="right">{formatIndicatorValue(i.target, i.unit, locale)}{i.targetRevised ? ` (${translate('reports.projects.revised')})` : ''}</TableCell>
              <TableCell align="right">{percent(i.progress, locale)}</TableCell>
              <TableCell>{i.onTrack === null ? '—' : translate(i.onTrack ? 'reports.projects.yes' : 'reports.projects.no')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
