import { Box, Table, TableBody, TableCell, TableFooter, TableHead, TableRow, TextField, Typography } from '@mui/material';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import type { Dimension, QuarterIndicator } from '@lab/domain';
import { formatIndicatorValue } from '../common/format';
import { partsKey, type FieldErrors } from './quarter-form';
import { tallyParts, type RowDraft } from './validation';

/**
 * An indicator's breakdown in the quarterly entry: per dimension a column of cells, one per value, and a total
 * line that adds them up as the team types and, for a summing indicator, says how far they are from the value.
 * Read only, the saved parts as text. These are the team's own figures: nothing is hidden here.
 */
export function PartsGrid({ indicator, row, errors, editable, onChange, locale }: {
  indicator: QuarterIndicator;
  row: RowDraft;
  errors: FieldErrors;
  editable: boolean;
  onChange: (patch: Partial<RowDraft>) => void;
  locale: string;
}) {
  const translate = useTranslate();
  if (!indicator.dimensions?.length) return null;
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="subtitle2" component="h4">{translate('quarters.parts.heading')}</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate(indicator.aggregation === 'sum' ? 'quarters.parts.help_sum' : 'quarters.parts.help')}
      </Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: `repeat(${Math.min(indicator.dimensions.length, 3)}, minmax(0, 1fr))` } }}>
        {indicator.dimensions.map((d) => (
          <DimensionTable key={d.id} dimension={d} indicator={indicator} row={row} error={errors[partsKey(indicator.id, d.key)]}
            editable={editable} onChange={onChange} locale={locale} />
        ))}
      </Box>
    </Box>
  );
}

function DimensionTable({ dimension, indicator, row, error, editable, onChange, locale }: {
  dimension: Dimension;
  indicator: QuarterIndicator;
  row: RowDraft;
  error: string | undefined;
  editable: boolean;
  onChange: (patch: Partial<RowDraft>) => void;
  locale: string;
}) {
  const translate = useTranslate();
  const captionId = useId();
  const typed = row.parts[dimension.key] ?? {};
  const tally = tallyParts(row, dimension, indicator.unit, indicator.aggregation);
  const fmt = (n: number) => formatIndicatorValue(n, indicator.unit, locale);
  const set = (code: string, text: string) => onChange({ parts: { ...row.parts, [dimension.key]: { ...typed, [code]: text } } });
  const saved = indicator.measurement?.parts?.[dimension.key];
  const summary = tally.filled === 0
    ? translate('quarters.parts.none')
    : tally.difference === null
      ? translate('quarters.parts.total', { total: fmt(tally.total), filled: tally.filled, cells: tally.cells })
      : tally.difference === 0
        ? translate('quarters.parts.adds_up', { total: fmt(tally.total) })
        : translate(tally.difference > 0 ? 'quarters.parts.short' : 'quarters.parts.over', { total: fmt(tally.total), difference: fmt(Math.abs(tally.difference)) });
  return (
    <Table size="small" aria-labelledby={captionId} data-testid={`parts-${indicator.id}-${dimension.key}`}>
      <TableHead>
        <TableRow>
          <TableCell id={captionId} component="th" scope="col">{dimension.name}</TableCell>
          <TableCell component="th" scope="col" align="right">{translate('quarters.parts.figure')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {dimension.values.map((v) => (
          <TableRow key={v.code}>
            <TableCell component="th" scope="row">{v.label}</TableCell>
            <TableCell align="right" sx={{ width: 120 }}>
              {editable ? (
                <TextField
                  size="small" value={typed[v.code] ?? ''} onChange={(e) => set(v.code, e.target.value)}
                  error={tally.invalid.includes(v.code)}
                  slotProps={{ htmlInput: { inputMode: 'decimal', 'aria-label': `${dimension.name}: ${v.label}`, style: { textAlign: 'right' } } }}
                />
              ) : (saved ? fmt(saved[v.code] ?? 0) : '—')}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
      <TableFooter>
        <TableRow>
          <TableCell colSpan={2} role="status" sx={{ color: error ? 'error.main' : tally.difference === 0 ? 'success.main' : 'text.secondary', fontSize: '0.8rem' }}>
            {summary}{error ? ` ${translate(error, { _: error })}` : ''}
          </TableCell>
        </TableRow>
      </TableFooter>
    </Table>
  );
}
