import { Box, Card, CardContent, Chip, Link as MuiLink, Stack, Typography } from '@mui/material';
import TrendingDownIcon from '@mui/icons-material/TrendingDown';
import TrendingUpIcon from '@mui/icons-material/TrendingUp';
import { LinkBase, useCreatePath, useLocaleState, useTranslate, type RaRecord } from 'react-admin';
import { day, formatIndicatorValue } from '../common/format';
import { EvidenceLevelText } from './EvidenceLevel';
import { IndicatorMeasurements } from './IndicatorMeasurements';

/** One indicator of a project: what it measures, baseline and target, and its measurements over the quarters. */
export function IndicatorCard({ indicator }: { indicator: RaRecord }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const createPath = useCreatePath();
  const fmt = (v: number | null | undefined) => formatIndicatorValue(v, indicator.unit, locale);
  const point = (label: string, value: number | null, date: string | null) =>
    `${translate(label)}: ${value === null || value === undefined ? '—' : fmt(value)}${date ? ` ${translate('resources.indicators.card.on')} ${day(date, locale)}` : ''}`;

  return (
    <Card variant="outlined" component="section" aria-label={indicator.name}>
      <CardContent>
        <Typography variant="h6" component="h3" gutterBottom>
          <MuiLink component={LinkBase} to={createPath({ resource: 'indicators', id: indicator.id, type: 'show' })} underline="hover">
            {indicator.name}
          </MuiLink>
        </Typography>
        <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', mb: 1 }}>
          <Chip size="small" label={translate(`enums.indicator_kind.${indicator.kind}`)} />
          <Chip size="small" label={translate(`enums.indicator_aspect.${indicator.aspect}`)} />
          <Chip size="small" variant="outlined" label={`${translate('resources.indicators.fields.unit')}: ${translate(`enums.indicator_unit.${indicator.unit}`)}`} />
          <Chip
            size="small"
            variant="outlined"
            icon={indicator.direction === 'decrease' ? <TrendingDownIcon aria-hidden /> : <TrendingUpIcon aria-hidden />}
            label={translate(`resources.indicators.direction_better.${indicator.direction}`)}
          />
          <Chip size="small" variant="outlined" label={`${translate('resources.indicators.fields.aggregation')}: ${translate(`enums.aggregation.${indicator.aggregation}`)}`} />
        </Stack>
        <Box sx={{ mb: 1 }}>
          <Typography variant="body2">{point('resources.indicators.card.baseline', indicator.baselineValue, indicator.baselineDate)}</Typography>
          <Typography variant="body2">{point('resources.indicators.card.target', indicator.targetValue, indicator.targetDate)}</Typography>
        </Box>
        <EvidenceLevelText indicator={indicator} dense />
        <IndicatorMeasurements indicator={indicator} />
      </CardContent>
    </Card>
  );
}
