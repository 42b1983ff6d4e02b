import { Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { HEALTHS, type Health } from '@lab/domain';
import { HEALTH_COLOURS } from '../common/fields';
import { DashboardCard } from './DashboardCard';

/** How many projects are on track, at risk and off track. */
export function HealthCard({ byHealth }: { byHealth: Record<Health, number> }) {
  const translate = useTranslate();
  return (
    <DashboardCard title={translate('dashboard.health')}>
      <Stack spacing={1.5} data-testid="health">
        {HEALTHS.map((h) => (
          <Stack key={h} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Chip color={HEALTH_COLOURS[h]} label={byHealth[h]} data-testid={`health-${h}`} />
            <Typography>{translate(`enums.health.${h}`)}</Typography>
          </Stack>
        ))}
      </Stack>
    </DashboardCard>
  );
}
