import { Box, Typography, useTheme } from '@mui/material';
import { useId } from 'react';
import { useLocaleState, useTranslate, type RaRecord } from 'react-admin';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { compareQuarters, overallFigure, type Aggregation, type IndicatorUnit } from '@lab/domain';
import { formatIndicatorValue } from './format';

interface Point {
  period: string;
  value: number;
  overall: number | null;
  approved: boolean;
  status: string;
}

/** The measurements in quarter order, with the overall figure to date (summed or averaged as the indicator says). */
export function chartPoints(measurements: RaRecord[], aggregation: Aggregation): Point[] {
  const sorted = [...measurements].sort((a, b) => compareQuarters(a.period, b.period));
  return sorted.map((m, i) => ({
    period: m.period,
    value: Number(m.value),
    overall: overallFigure(aggregation, sorted.slice(0, i + 1).map((x) => Number(x.value))),
    approved: m.status === 'approved',
    status: m.status,
  }));
}

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  payload?: Point;
  stroke?: string;
}

/** Filled for an approved measurement, open otherwise: the difference is in the shape, not only the colour. */
function StatusDot({ cx, cy, index, payload, stroke }: DotProps) {
  if (cx == null || cy == null) return null;
  return (
    <circle key={`dot-${index}`} cx={cx} cy={cy} r={4.5} stroke={stroke} strokeWidth={2} fill={payload?.approved ? stroke : '#fff'} />
  );
}

export interface IndicatorChartProps {
  indicator: RaRecord;
  measurements: RaRecord[];
  height?: number;
}

/**
 * An indicator's measurements over the quarters, against its baseline and target. For a summed or averaged
 * indicator the figure to date is drawn too, because that is what the target is about (45 people placed over
 * the whole experiment, not per quarter).
 */
export function IndicatorChart({ indicator, measurements, height = 260 }: IndicatorChartProps) {
  const translate = useTranslate();
  const theme = useTheme();
  const [locale] = useLocaleState();
  const captionId = useId();
  const unit = indicator.unit as IndicatorUnit;
  const aggregation = (indicator.aggregation ?? 'sum') as Aggregation;
  const fmt = (v: number | null | undefined) => formatIndicatorValue(v, unit, locale);
  const points = chartPoints(measurements, aggregation);
  const baseline = indicator.baselineValue ?? null;
  const target = indicator.targetValue ?? null;
  const showOverall = aggregation !== 'latest' && points.length > 1;

  if (points.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ py: 3 }}>
        {translate('resources.indicators.chart.no_data')}
      </Typography>
    );
  }

  const latest = points[points.length - 1];
  const overallLabel = translate(`resources.indicators.chart.overall_${aggregation === 'average' ? 'average' : 'sum'}`);

  return (
    <Box component="figure" sx={{ m: 0 }} aria-describedby={captionId}>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={points} margin={{ top: 20, right: 24, left: 8, bottom: 4 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="period" tick={{ fontSize: 12 }} />
          <YAxis domain={unit === 'count' ? [0, 'auto'] : ['auto', 'auto']} tickFormatter={(v: number) => fmt(v)} width={76} tick={{ fontSize: 12 }} allowDecimals />
          <Tooltip
            formatter={(value, name, item) => {
              const p = item?.payload as Point | undefined;
              const text = fmt(Number(value));
              return [name === 'value' && p ? `${text} (${translate(`enums.measurement_status.${p.status}`)})` : text,
                name === 'value' ? translate('resources.indicators.chart.value') : overallLabel];
            }}
          />
          <Legend formatter={(name) => (name === 'value' ? translate('resources.indicators.chart.value') : overallLabel)} />
          {baseline !== null && (
            <ReferenceLine
              y={baseline}
              ifOverflow="extendDomain"
              stroke={theme.palette.text.secondary}
              strokeDasharray="4 4"
              label={{ value: `${translate('resources.indicators.chart.baseline')} ${fmt(baseline)}`, position: 'insideBottomRight', fontSize: 12 }}
            />
          )}
          {target !== null && (
            <ReferenceLine
              y={target}
              ifOverflow="extendDomain"
              stroke={theme.palette.success.dark}
              strokeDasharray="10 4"
              strokeWidth={2}
              label={{ value: `${translate('resources.indicators.chart.target')} ${fmt(target)}`, position: 'insideTopLeft', fontSize: 12 }}
            />
          )}
          <Line
            type="linear"
            dataKey="value"
            name="value"
            stroke={theme.palette.secondary.main}
            strokeWidth={2}
            dot={(props: DotProps) => <StatusDot {...props} key={`v-${props.index}`} />}
            isAnimationActive={false}
          />
          {showOverall && (
            <Line
              type="linear"
              dataKey="overall"
              name="overall"
              stroke={theme.palette.primary.main}
              strokeWidth={2}
              strokeDasharray="6 3"
              dot={false}
              isAnimationActive={false}
            />
          )}
        </LineChart>
      </ResponsiveContainer>
      <Typography id={captionId} component="figcaption" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
        {translate('resources.indicators.chart.summary', {
          name: indicator.name,
          smart_count: points.length,
          latest: fmt(latest.value),
          period: latest.period,
          baseline: baseline === null ? translate('resources.indicators.chart.none') : fmt(baseline),
          target: target === null ? translate('resources.indicators.chart.none') : fmt(target),
        })}{' '}
        {translate('resources.indicators.chart.dots')}
      </Typography>
    </Box>
  );
}
