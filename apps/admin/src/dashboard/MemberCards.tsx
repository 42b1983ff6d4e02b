import { Box, Chip, Link, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { DashboardDuty, DashboardProject, ReportingState } from '@lab/domain';
import { HealthChip } from '../common/fields';
import { day } from '../common/format';
import { quarterEntryPath } from '../quarters/paths';
import { RETURNED_PATH } from '../reviews/ReviewQueues';
import { DashboardCard } from './DashboardCard';

/** The projects on whose team the member is, with their phase and health. */
export function MyProjectsCard({ projects }: { projects: DashboardProject[] }) {
  const translate = useTranslate();
  return (
    <DashboardCard title={translate('dashboard.member.projects')} testId="my-projects">
      {projects.length === 0 ? <Typography>{translate('dashboard.member.no_projects')}</Typography> : (
        <List dense disablePadding>
          {projects.map((p) => (
            <ListItem key={p.id} disableGutters sx={{ display: 'block' }}>
              <Link component={RouterLink} to={`/projects/${p.id}/show`} underline="hover"><strong>{p.code}</strong> {p.title}</Link>
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', mt: 0.5, flexWrap: 'wrap' }}>
                <Typography variant="body2" color="text.secondary">{translate(`enums.phase.${p.phase}`)}</Typography>
                {p.phase !== 'stopped' && <HealthChip health={p.health} />}
              </Box>
            </ListItem>
          ))}
        </List>
      )}
    </DashboardCard>
  );
}

const STATE_COLOURS: Partial<Record<ReportingState, 'error' | 'warning' | 'info' | 'success' | 'default'>> = {
  overdue: 'error', returned: 'warning', open: 'info', submitted: 'default', approved: 'success',
};

/** Per project of the member, where the report of the quarter due now stands, with the way to enter or fix it. */
export function DutiesCard({ period, duties, projects }: { period: string; duties: DashboardDuty[]; projects: DashboardProject[] }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  // Their projects that report nothing this time (not running, no indicators yet): said, so none seems forgotten.
  const quiet = duties.length === 0 ? [] : projects.filter((p) => !duties.some((d) => d.projectId === p.id));
  return (
    <DashboardCard title={translate('dashboard.member.duties', { period })} testId="my-duties">
      {duties.length === 0 ? <Typography>{translate('dashboard.member.no_duties', { period })}</Typography> : (
        <List dense disablePadding>
          {duties.map((d) => {
            const toDo = d.state === 'open' || d.state === 'overdue' || d.state === 'returned';
            return (
              <ListItem key={d.projectId} disableGutters sx={{ display: 'block' }}>
                <ListItemText
                  primary={(
                    <Box component="span" sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
                      <strong>{d.projectCode}</strong>
                      <Chip size="small" color={STATE_COLOURS[d.state] ?? 'default'} label={translate(`quarters.calendar.state.${d.state}`)} />
                    </Box>
                  )}
                  secondary={[
                    translate('quarters.calendar.due_on', { date: day(d.dueDate, locale) }),
                    d.missing > 0 ? translate('dashboard.member.missing', { smart_count: d.missing }) : null,
                  ].filter(Boolean).join(' · ')}
                />
                <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
                  <Link component={RouterLink} to={quarterEntryPath(d.projectId, d.period)} aria-label={`${translate(toDo ? 'quarters.button' : 'dashboard.member.view_quarter')}: ${d.projectCode} ${d.period}`}>
                    {translate(toDo ? 'quarters.button' : 'dashboard.member.view_quarter')}
                  </Link>
                  {d.returned > 0 && (
                    <Link component={RouterLink} to={RETURNED_PATH}>{translate('dashboard.member.returned', { smart_count: d.returned })}</Link>
                  )}
                </Box>
              </ListItem>
            );
          })}
          {quiet.map((p) => (
            <ListItem key={p.id} disableGutters>
              <ListItemText primary={<strong>{p.code}</strong>} secondary={translate('dashboard.member.nothing_due', { period })} />
            </ListItem>
          ))}
        </List>
      )}
    </DashboardCard>
  );
}
