import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title, useTranslate } from 'react-admin';
import type { DashboardFigures } from '@lab/domain';
import { httpClient } from '../data-provider';
import { ReportingCalendar } from '../quarters/ReportingCalendar';
import { DecisionsCard } from './DecisionsCard';
import { HealthCard } from './HealthCard';
import { IndicatorsBehindCard } from './IndicatorsBehindCard';
import { MilestonesCard } from './MilestonesCard';
import { PhaseChartCard } from './PhaseChartCard';
import { PipelineBoard } from './PipelineBoard';
import { ReviewCards } from './ReviewCards';

/**
 * The home page: the review work waiting for the user, the lab at a glance (phases, health, milestones,
 * indicators behind, latest decisions), the reporting calendar and the pipeline. One request fetches the
 * figures of every card.
 */
export function Dashboard() {
  const translate = useTranslate();
  const { data, isPending, error } = useQuery({
    queryKey: ['dashboard'],
    queryFn: async () => (await httpClient('/api/dashboard')).json as DashboardFigures,
  });

  if (isPending) return <Box sx={{ p: 4 }} role="status"><CircularProgress aria-label={translate('ra.page.loading')} /></Box>;
  if (error || !data) return <Alert severity="error" sx={{ m: 2 }}>{translate('app.errors.unreachable')}</Alert>;

  return (
    <Box sx={{ py: 2 }}>
      <Title title={translate('dashboard.title')} />
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>{translate('app.title')}</Typography>
      <ReviewCards toReview={data.reviews?.toReview} returnedToMe={data.reviews?.returnedToMe} />
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr', lg: '2fr 1fr 1fr' } }}>
        <PhaseChartCard byPhase={data.projects.byPhase} />
        <HealthCard byHealth={data.projects.byHealth} />
        <MilestonesCard title={translate('dashboard.overdue')} empty={translate('dashboard.none_overdue')} rows={data.overdueMilestones} testId="overdue"
          total={data.totals?.overdueMilestones} all={`/milestones?filter=${encodeURIComponent('{"overdue":true}')}`} />
        <MilestonesCard title={translate('dashboard.due_soon')} empty={translate('dashboard.none_due')} rows={data.dueSoonMilestones} testId="due-soon"
          total={data.totals?.dueSoonMilestones} all="/milestones" />
        <IndicatorsBehindCard rows={data.indicatorsBehind} total={data.totals?.indicatorsBehind} />
        <DecisionsCard rows={data.latestDecisions} />
      </Box>
      <Box sx={{ mt: 3 }}>
        <ReportingCalendar />
      </Box>
      <PipelineBoard projects={data.pipeline} />
    </Box>
  );
}
