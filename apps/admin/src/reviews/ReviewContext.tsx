import { Box, Link, Stack, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { MeasurementContext } from '@lab/domain';
import { day, formatIndicatorValue } from '../common/format';

type Figure = 'baseline' | 'target' | 'previous';

/** One context figure of a measurement, as the queue's cell and the measurement page show it: the value, then what it is. */
export function ContextFigure({ context, figure, dense = false }: { context: MeasurementContext; figure: Figure; dense?: boolean }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const fmt = (v: number | null) => formatIndicatorValue(v, context.unit, locale);
  const caption = (text: string) => <Typography variant="caption" color="text.secondary" component="span" sx={{ display: 'block' }}>{text}</Typography>;
  if (figure === 'previous') {
    const p = context.previous;
    if (!p) return <Box data-testid="context-previous"><span>—</span>{!dense && caption(translate('reviews.context.no_previous'))}</Box>;
    return (
      <Box data-testid="context-previous">
        <Link component={RouterLink} to={`/measurements/${p.id}/show`} color="inherit" underline="hover" onClick={(e) => e.stopPropagation()}>{fmt(p.value)}</Link>
        {caption(`${p.period} · ${translate(`enums.measurement_status.${p.status}`)}`)}
      </Box>
    );
  }
  const { value, date } = figure === 'baseline' ? context.baseline : context.target;
  const revised = figure === 'target' && context.target.revised;
  return (
    <Box data-testid={`context-${figure}`}>
      <span>{fmt(value)}</span>
      {(date || revised) && caption([date ? day(date, locale) : null, revised ? translate('reviews.context.revised') : null].filter(Boolean).join(' · '))}
    </Box>
  );
}

/** The queue's cells: a react-admin field per figure. */
export function ContextField({ figure }: { figure: Figure; label?: string; sortable?: boolean; textAlign?: 'right' }) {
  const record = useRecordContext();
  if (!record?.context) return <span>—</span>;
  return <ContextFigure context={record.context as MeasurementContext} figure={figure} dense />;
}

/** The measurement page's context card: the value against the baseline, the target in force then and the quarter before. */
export function ReviewContextPanel({ value, period, context }: { value: number; period: string; context: MeasurementContext }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const item = (label: string, body: ReactNode, testId?: string) => (
    <Box sx={{ minWidth: 0 }} data-testid={testId}>
      <Typography variant="caption" color="text.secondary" component="p">{label}</Typography>
      <Typography variant="body1" component="div">{body}</Typography>
    </Box>
  );
  return (
    <Box data-testid="review-context" sx={{ mt: 2, pt: 2, borderTop: 1, borderColor: 'divider' }}>
      <Typography variant="subtitle2" component="h2" sx={{ mb: 1 }}>{translate('reviews.context.title')}</Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(4, minmax(0, 1fr))' } }}>
        {item(translate('reviews.context.value', { period }), <strong>{formatIndicatorValue(value, context.unit, locale)}</strong>, 'context-value')}
        {item(translate('reviews.context.previous'), <ContextFigure context={context} figure="previous" />)}
        {item(translate('reviews.context.baseline'), <ContextFigure context={context} figure="baseline" />)}
        {item(translate('reviews.context.target'), <ContextFigure context={context} figure="target" />)}
      </Box>
    </Box>
  );
}

/** Project and indicator in words, for the queue's first column. */
export function SubjectField(_: { label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  const c = record?.context as MeasurementContext | undefined;
  if (!record || !c) return null;
  return (
    <Stack spacing={0} sx={{ minWidth: 180 }}>
      <Link component={RouterLink} to={`/projects/${record.projectId}/show`} underline="hover" onClick={(e) => e.stopPropagation()} variant="body2" sx={{ fontWeight: 600 }}>
        {c.projectCode} {c.projectTitle}
      </Link>
      <Typography variant="body2">{c.indicatorName}</Typography>
    </Stack>
  );
}

