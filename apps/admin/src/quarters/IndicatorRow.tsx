import { Alert, Box, Card, CardContent, Chip, Link, Stack, TextField, Typography } from '@mui/material';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import type { QuarterIndicator } from '@lab/domain';
import { formatIndicatorValue } from '../common/format';
import { MeasurementStatusChip } from '../common/StatusChip';
import { noteKey, peopleKey, urlKey, valueKey, type FieldErrors } from './quarter-form';
import { PartsGrid } from './PartsGrid';
import { ReadOnlyValue } from './ReadOnlyValue';
import type { RowDraft } from './validation';

/**
 * One indicator of the quarter: its unit, baseline and target in force, the reviewer's comment on a returned
 * value, and the value, note and evidence link to fill in while it may still change. A locked value (submitted
 * or approved), or one the user may not change, is shown as text under the same labels.
 */
export function IndicatorRow({ indicator, row, errors, readOnly, onChange, locale }: {
  indicator: QuarterIndicator;
  row: RowDraft;
  errors: FieldErrors;
  readOnly: boolean;
  onChange: (patch: Partial<RowDraft>) => void;
  locale: string;
}) {
  const translate = useTranslate();
  const headingId = useId();
  const fmt = (v: number | null) => formatIndicatorValue(v, indicator.unit, locale);
  const m = indicator.measurement;
  const unitName = translate(`enums.indicator_unit.${indicator.unit}`);
  const valueLabel = translate('quarters.value', { unit: unitName });
  const noteLabel = translate('quarters.note_label');
  const evidenceLabel = translate('resources.measurements.fields.evidenceUrl');
  return (
    <Card variant="outlined" component="section" aria-labelledby={headingId} data-testid={`quarter-indicator-${indicator.id}`}>
      <CardContent>
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
          <Typography id={headingId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>{indicator.name}</Typography>
          {m ? <MeasurementStatusChip status={m.status} /> : <Chip size="small" variant="outlined" label={translate('quarters.missing')} />}
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('resources.indicators.fields.unit')}: {unitName} · {translate('resources.indicators.card.baseline')}: {fmt(indicator.baselineValue)} ·{' '}
          {translate('quarters.target_in_force')}: {fmt(indicator.targetValue)} · {translate(`resources.indicators.direction_better.${indicator.direction}`)}
        </Typography>
        {m?.status === 'returned' && m.reviewComment && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            <strong>{translate('resources.measurements.fields.reviewComment')}:</strong> {m.reviewComment}
          </Alert>
        )}
        {!indicator.editable && m && (
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('quarters.locked_measurement')} {translate(`reviews.locked.${m.status}`)}
          </Alert>
        )}
        {indicator.editable && !readOnly ? (
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '230px 1fr 1fr' } }}>
            <TextField
              label={valueLabel}
              value={row.value}
              onChange={(e) => onChange({ value: e.target.value })}
              required
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
              error={!!errors[valueKey(indicator.id)]}
              helperText={errors[valueKey(indicator.id)] ?? translate(`quarters.unit_help.${indicator.unit}`, { _: ' ' })}
            />
            <TextField
              label={noteLabel}
              value={row.note}
              onChange={(e) => onChange({ note: e.target.value })}
              multiline
              error={!!errors[noteKey(indicator.id)]}
              helperText={errors[noteKey(indicator.id)] ?? translate('app.privacy')}
            />
            <TextField
              label={evidenceLabel}
              value={row.evidenceUrl}
              onChange={(e) => onChange({ evidenceUrl: e.target.value })}
              type="url"
              error={!!errors[urlKey(indicator.id)]}
              helperText={errors[urlKey(indicator.id)] ?? translate('resources.measurements.helper.evidenceUrl')}
            />
            <TextField
              label={translate('resources.measurements.fields.peopleMeasured')}
              value={row.peopleMeasured}
              onChange={(e) => onChange({ peopleMeasured: e.target.value })}
              slotProps={{ htmlInput: { inputMode: 'numeric' } }}
              error={!!errors[peopleKey(indicator.id)]}
              helperText={errors[peopleKey(indicator.id)] ?? translate('resources.measurements.helper.peopleMeasured')}
            />
          </Box>
        ) : (
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '230px 1fr 1fr' } }} data-testid="measurement-read-only">
            <ReadOnlyValue label={valueLabel}>{m ? fmt(m.value) : translate('quarters.missing')}</ReadOnlyValue>
            <ReadOnlyValue label={noteLabel}>{m?.note || translate('quarters.note_empty')}</ReadOnlyValue>
            <ReadOnlyValue label={evidenceLabel}>
              {m?.evidenceUrl ? <Link href={m.evidenceUrl} target="_blank" rel="noopener noreferrer">{m.evidenceUrl}</Link> : translate('quarters.evidence_empty')}
            </ReadOnlyValue>
            <ReadOnlyValue label={translate('resources.measurements.fields.peopleMeasured')}>{m?.peopleMeasured ?? '—'}</ReadOnlyValue>
          </Box>
        )}
        <PartsGrid indicator={indicator} row={row} errors={errors} editable={indicator.editable && !readOnly} onChange={onChange} locale={locale} />
      </CardContent>
    </Card>
  );
}
