import { Box, Card, CardContent, Link, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { PHASES, type DashboardProject } from '@lab/domain';
import { HealthChip } from '../common/fields';
import { PHASE_COLOURS } from './phase-colours';

/** The projects as a board, a column per phase, each a card with its health while it runs. */
export function PipelineBoard({ projects }: { projects: DashboardProject[] }) {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1 }}>{translate('dashboard.pipeline')}</Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', lg: 'repeat(4, 1fr)' } }} data-testid="pipeline">
        {PHASES.map((phase) => {
          const inPhase = projects.filter((p) => p.phase === phase);
          return (
            <Box key={phase} component="section" aria-label={translate(`enums.phase.${phase}`)} sx={{ bgcolor: 'action.hover', borderTop: 4, borderColor: PHASE_COLOURS[phase], p: 1, borderRadius: 1 }}>
              <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                {translate(`enums.phase.${phase}`)} · {translate('dashboard.projects_count', { smart_count: inPhase.length })}
              </Typography>
              {inPhase.length === 0 && <Typography variant="body2">{translate('dashboard.none_projects')}</Typography>}
              <Stack spacing={1} sx={{ mt: 1 }}>
                {inPhase.map((p) => (
                  <Card key={p.id} variant="outlined" data-testid={`pipeline-card-${p.code}`}>
                    <CardContent sx={{ p: 1, '&:last-child': { pb: 1 } }}>
                      <Link component={RouterLink} to={`/projects/${p.id}/show`} underline="hover">
                        <strong>{p.code}</strong> {p.title}
                      </Link>
                      {/* A stopped project has no health to steer on (the home page's counts leave it out too). */}
                      {p.phase !== 'stopped' && (
                        <Box sx={{ mt: 0.5 }}>
                          <HealthChip health={p.health} />
                        </Box>
                      )}
                    </CardContent>
                  </Card>
                ))}
              </Stack>
            </Box>
          );
        })}
      </Box>
    </>
  );
}
