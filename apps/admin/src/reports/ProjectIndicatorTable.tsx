import { Chip, Table, TableBody, TableCell, TableContainer, TableHead, TableRow } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { hiddenWords, type IndicatorLine } from '@lab/domain';
import { formatIndicatorValue, percent } from '../common/format';

/**
 * A project's indicators in the report: the quarter's value (or why it does not count yet), the figure the
 * report uses, baseline, target in force, progress and whether it is on track.
 */
export function ProjectIndicatorTable({ indicators, threshold }: { indicators: IndicatorLine[]; threshold: number }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  // What the council sees: a count of people below the lab's threshold reads "< 5" here as in the files.
  const shown = (i: IndicatorLine, field: 'value' | 'figure' | 'baseline') =>
    (i.hidden ?? []).includes(field) ? <span title={translate('reports.projects.hidden', { threshold })}>{hiddenWords(threshold)}</span> : formatIndicatorValue(i[field], i.unit, locale);
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
                {i.pending ? <Chip size="small" color="warning" label={translate('reports.projects.not_counted', { status: translate(`enums.measurement_status.${i.status}`) })} /> : shown(i, 'value')}
              </TableCell>
              <TableCell align="right">{shown(i, 'figure')}</TableCell>
              <TableCell align="right">{shown(i, 'baseline')}</TableCell>
              <TableCell align="right">{formatIndicatorValue(i.target, i.unit, locale)}{i.targetRevised ? ` (${translate('reports.projects.revised')})` : ''}</TableCell>
              <TableCell align="right">{percent(i.progress, locale)}</TableCell>
              <TableCell>{i.onTrack === null ? '—' : translate(i.onTrack ? 'reports.projects.yes' : 'reports.projects.no')}</TableCell>
            </TableRow>
          ))}
          {indicators.flatMap((i) => (i.breakdown ?? []).map((set) => (
            <TableRow key={`${i.id}-${set.key}`} data-testid={`report-breakdown-${i.id}-${set.key}`}>
              <TableCell colSpan={7} sx={{ color: 'text.secondary', fontSize: '0.8rem' }}>
                {translate('reports.projects.breakdown', { indicator: i.name, dimension: set.name.toLowerCase() })}{' '}
                {set.cells.map((c) => `${c.label} ${c.hidden ? hiddenWords(threshold) : formatIndicatorValue(c.value, i.unit, locale)}`).join(' · ')}
              </TableCell>
            </TableRow>
          )))}
        </TableBody>
      </Table>
    </TableContainer>
  );
}
