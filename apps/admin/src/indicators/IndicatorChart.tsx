import { Box, Typography, useTheme } from '@mui/material';
import { useId } from 'react';
import { useLocaleState, useTranslate, type RaRecord } from 'react-admin';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import {
  compareQuarters, overallFigure, quarterRange, targetInForce, type Aggregation, type IndicatorUnit, type TargetChange,
} from '@lab/domain';
import { formatIndicatorValue } from '../common/format';

interface Point {
  period: string;
  /** The approved value of the quarter: only approved measurements count. */
  value: number | null;
  /** A value not approved yet (draft, submitted, returned): shown, not counted. */
  pending: number | null;
  /** The overall figure to date of the approved values. */
  overall: number | null;
  /** The target in force in the quarter (a revision applies from its quarter on). */
  target: number | null;
  status: string | null;
}

/**
 * Every quarter from the first measured one to the last, with its approved value, a pending value, the
 * overall figure of the approved values to date (summed or averaged as the indicator says) and the target
 * that was in force then.
 */
export function chartPoints(measurements: RaRecord[], aggregation: Aggregation, targetOf: (period: string) => number | null = () => null): Point[] {
  const sorted = [...measurements].sort((a, b) => compareQuarters(a.period, b.period));
  if (sorted.length === 0) return [];
  const byPeriod = new Map(sorted.map((m) => [m.period as string, m]));
  const approvedSoFar: number[] = [];
  return quarterRange(sorted[0].period, sorted[sorted.length - 1].period).map((period) => {
    const m = byPeriod.get(period);
    const approved = m?.status === 'approved';
    if (approved) approvedSoFar.push(Number(m.value));
    return {
      period,
      value: approved ? Number(m.value) : null,
      pending: m && !approved ? Number(m.value) : null,
      overall: approvedSoFar.length ? overallFigure(aggregation, approvedSoFar) : null,
      target: targetOf(period),
      status: m?.status ?? null,
    };
  });
}

interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
  value?: number | null;
  stroke?: string;
}

/** Filled for an approved value, open for one not approved yet: the difference is in the shape, not only the colour. */
function Dot({ cx, cy, index, value, stroke, filled }: DotProps & { filled: boolean }) {
  if (cx == null || cy == null || value == null) return null;
  return <circle key={`dot-${index}`} cx={cx} cy={cy} r={4.5} stroke={stroke} strokeWidth={2} fill={filled ? stroke : '#fff'} />;
}

export interface IndicatorChartProps {
  indicator: RaRecord;
  measurements: RaRecord[];
  /** The indicator's target revisions: the target line follows the target in force in each quarter. */
  revisions?: TargetChange[];
  height?: number;
}

/**
 * An indicator's measurements over the quarters, against its baseline and target. For a summed or averaged
 * indicator the figure to date is drawn too, because that is what the target is about (45 people placed over
 * the whole experiment, not per quarter).
 */
export function IndicatorChart({ indicator, measurements, revisions = [], height = 260 }: IndicatorChartProps) {
  const translate = useTranslate();
  const theme = useTheme();
  const [locale] = useLocaleState();
  const captionId = useId();
  const unit = indicator.unit as IndicatorUnit;
  const aggregation = (indicator.aggregation ?? 'sum') as Aggregation;
  const fmt = (v: number | null | undefined) => formatIndicatorValue(v, unit, locale);
  const current = { targetValue: indicator.targetValue ?? null, targetDate: indicator.targetDate ?? null };
  const points = chartPoints(measurements, aggregation, (period) => targetInForce(current, revisions, period).value);
  const baseline = indicator.baselineValue ?? null;
  const approved = points.filter((p) => p.value !== null);
  const showOverall = aggregation !== 'latest' && approved.length > 1;
  const showTarget = points.some((p) => p.target !== null);
  const hasPending = points.some((p) => p.pending !== null);

  if (points.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary" sx={{ py: 3 }}>
        {translate('resources.indicators.chart.no_data')}
      </Typography>
    );
  }

  const latest = approved[approved.length - 1];
  const targetNow = points[points.length - 1].target;
  const seriesName: Record<string, string> = {
    value: translate('resources.indicators.chart.value'),
    pending: translate('resources.indicators.chart.pending'),
    target: translate('resources.indicators.chart.target_in_force'),
  };
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
              return [name === 'pending' && p?.status ? `${text} (${translate(`enums.measurement_status.${p.status}`)})` : text,
                seriesName[String(name)] ?? overallLabel];
            }}
          />
          <Legend formatter={(name) => seriesName[String(name)] ?? overallLabel} />
          {baseline !== null && (
            <ReferenceLine
              y={baseline}
              ifOverflow="extendDomain"
              stroke={theme.palette.text.secondary}
              strokeDasharray="4 4"
              label={{ value: `${translate('resources.indicators.chart.baseline')} ${fmt(baseline)}`, position: 'insideBottomRight', fontSize: 12 }}
            />
          )}
          {showTarget && (
            <Line
              type="stepAfter"
              dataKey="target"
              name="target"
              stroke={theme.palette.success.dark}
              strokeDasharray="10 4"
              strokeWidth={2}
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
          )}
          <Line
            type="linear"
            dataKey="value"
            name="value"
            stroke={theme.palette.secondary.main}
            strokeWidth={2}
            connectNulls
            dot={(props: DotProps) => <Dot {...props} filled key={`v-${props.index}`} />}
            isAnimationActive={false}
          />
          {hasPending && (
            <Line
              type="linear"
              dataKey="pending"
              name="pending"
              stroke={theme.palette.warning.dark}
              strokeOpacity={0}
              legendType="circle"
              dot={(props: DotProps) => <Dot {...props} stroke={theme.palette.warning.dark} filled={false} key={`p-${props.index}`} />}
              activeDot={false}
              isAnimationActive={false}
            />
          )}
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
        {latest
          ? translate('resources.indicators.chart.summary', {
            name: indicator.name,
            smart_count: approved.length,
            latest: fmt(latest.value),
            period: latest.period,
            baseline: baseline === null ? translate('resources.indicators.chart.none') : fmt(baseline),
            target: targetNow === null ? translate('resources.indicators.chart.none') : fmt(targetNow),
          })
          : translate('resources.indicators.chart.none_approved', { name: indicator.name })}{' '}
        {translate('resources.indicators.chart.dots')}
      </Typography>
    </Box>
  );
}
