import { Chip, Link, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { HEALTHS, type Health } from '@lab/domain';
import { HEALTH_COLOURS } from '../common/fields';
import { listUrl } from './CountCard';
import { DashboardCard } from './DashboardCard';

/** The phases in which a project has a health to steer on: a stopped one is left out of the counts. */
export const RUNNING_PHASES = ['scenario', 'experiment', 'rollout'] as const;

/** The project list of the running projects of one health: where each count leads. */
export const healthListUrl = (health: Health) => listUrl('projects', { health, phase: RUNNING_PHASES });

/** How many running projects are on track, at risk and off track, each count opening the list of those projects. */
export function HealthCard({ byHealth }: { byHealth: Record<Health, number> }) {
  const translate = useTranslate();
  return (
    <DashboardCard title={translate('dashboard.health')}>
      <Stack spacing={1.5} data-testid="health">
        {HEALTHS.map((h) => (
          <Link
            key={h} component={RouterLink} to={healthListUrl(h)} underline="hover" color="inherit"
            sx={{ display: 'flex', alignItems: 'center', gap: 1 }}
          >
            <Chip color={HEALTH_COLOURS[h]} label={byHealth[h]} data-testid={`health-${h}`} sx={{ cursor: 'pointer' }} />
            <Typography component="span">{translate(`enums.health.${h}`)}</Typography>
          </Link>
        ))}
        <Typography variant="body2" color="text.secondary">{translate('dashboard.health_note')}</Typography>
      </Stack>
    </DashboardCard>
  );
}
