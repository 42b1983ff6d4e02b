import { Alert, Box, CircularProgress, Link, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Title, usePermissions, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import type { DashboardFigures, MemberHome as MemberFigures } from '@lab/domain';
import { httpClient } from '../data-provider';
import { ReportingCalendar } from '../quarters/ReportingCalendar';
import { AdminCard } from './AdminCard';
import { CountCards, listUrl, type CountCardProps } from './CountCard';
import { DecisionsCard } from './DecisionsCard';
import { HealthCard } from './HealthCard';
import { IndicatorsBehindCard } from './IndicatorsBehindCard';
import { DutiesCard, MyProjectsCard } from './MemberCards';
import { MilestonesCard } from './MilestonesCard';
import { PhaseChartCard } from './PhaseChartCard';
import { PipelineBoard } from './PipelineBoard';
import { useReviewCards } from './ReviewCards';

const GRID = { display: 'grid', gap: 2, alignItems: 'start', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr', lg: '2fr 1fr 1fr' } } as const;
const OVERDUE_LIST = listUrl('milestones', { overdue: true });

/**
 * The home page, one per role: a project member's own projects and what they have to do; for the focus
 * team and administrators what waits for them first, then the lab at a glance (phases, health, milestones,
 * indicators behind, latest decisions), the reporting calendar and the pipeline. One request fetches the
 * figures of every card.
 */
export function Dashboard() {
  const translate = useTranslate();
  const { permissions: role } = usePermissions<string | null>();
  const { data, isPending, error } = useQuery({
    queryKey: ['dashboard'],
    queryFn: async () => (await httpClient('/api/dashboard')).json as DashboardFigures,
  });

  if (isPending) return <Box sx={{ p: 4 }} role="status"><CircularProgress aria-label={translate('ra.page.loading')} /></Box>;
  if (error || !data) return <Alert severity="error" sx={{ m: 2 }}>{translate('app.errors.unreachable')}</Alert>;

  return (
    <Box sx={{ py: 2 }}>
      {/* One name for the page: the app bar's title, the heading and the menu item say the same. */}
      <Title title={translate('dashboard.title')} />
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>{translate('dashboard.title')}</Typography>
      {data.mine ? <MemberHome data={data} mine={data.mine} /> : <StaffHome data={data} admin={role === 'admin'} />}
    </Box>
  );
}

function MemberHome({ data, mine }: { data: DashboardFigures; mine: MemberFigures }) {
  const translate = useTranslate();
  const reviewCards = useReviewCards(data.reviews ?? {});
  const ids = mine.projects.map((p) => p.id);
  return (
    <>
      <Box sx={{ ...GRID, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr', lg: '1fr 1fr 1fr' } }}>
        <MyProjectsCard projects={mine.projects} />
        <DutiesCard period={mine.period} duties={mine.duties} projects={mine.projects} />
        <Box sx={{ display: 'grid', gap: 2, alignContent: 'start', minWidth: 0 }}>
          <CountCards cards={reviewCards} />
        </Box>
        <MilestonesCard title={translate('dashboard.member.overdue')} empty={translate('dashboard.member.none_overdue')} rows={mine.overdueMilestones}
          testId="overdue" total={mine.totals.overdueMilestones} all={listUrl('milestones', { overdue: true, projectId: ids })} />
      </Box>
      <Typography variant="body2" sx={{ mt: 2 }}>
        {translate('dashboard.member.lab_hint')} <Link component={RouterLink} to="/projects">{translate('dashboard.member.all_projects')}</Link>
      </Typography>
      <Box sx={{ mt: 3 }}>
        <ReportingCalendar />
      </Box>
    </>
  );
}

function StaffHome({ data, admin }: { data: DashboardFigures; admin: boolean }) {
  const translate = useTranslate();
  const gatesDue = data.gatesDue ?? [];
  const waiting: CountCardProps[] = [
    ...useReviewCards(data.reviews ?? {}),
    {
      testId: 'gates-due', count: gatesDue.length, colour: 'secondary.main',
      to: listUrl('projects', { id: gatesDue.length ? gatesDue.map((p) => p.id) : [0] }),
      title: translate('dashboard.waiting.gates'), text: translate('dashboard.waiting.gates_text', { smart_count: gatesDue.length }),
    },
    {
      testId: 'overdue-lab', count: data.totals?.overdueMilestones ?? data.overdueMilestones.length, colour: 'error.main', to: OVERDUE_LIST,
      title: translate('dashboard.waiting.overdue'), text: translate('dashboard.waiting.overdue_text', { smart_count: data.totals?.overdueMilestones ?? 0 }),
    },
  ];
  return (
    <>
      <Typography variant="h6" component="h2" sx={{ mb: 1 }}>{translate('dashboard.waiting.title')}</Typography>
      <CountCards cards={waiting} />
      {admin && <Box sx={{ mb: 2 }}><AdminCard /></Box>}
      <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1 }}>{translate('dashboard.lab')}</Typography>
      <Box sx={GRID}>
        <PhaseChartCard byPhase={data.projects.byPhase} />
        <HealthCard byHealth={data.projects.byHealth} />
        <MilestonesCard title={translate('dashboard.overdue')} empty={translate('dashboard.none_overdue')} rows={data.overdueMilestones} testId="overdue"
          total={data.totals?.overdueMilestones} all={OVERDUE_LIST} />
        <MilestonesCard title={translate('dashboard.due_soon')} empty={translate('dashboard.none_due')} rows={data.dueSoonMilestones} testId="due-soon"
          total={data.totals?.dueSoonMilestones} all={listUrl('milestones', { status: ['planned', 'in_progress'], dueDate_gte: data.today })} />
        <IndicatorsBehindCard rows={data.indicatorsBehind} total={data.totals?.indicatorsBehind} />
        <DecisionsCard rows={data.latestDecisions} />
      </Box>
      <Box sx={{ mt: 3 }}>
        <ReportingCalendar />
      </Box>
      <PipelineBoard projects={data.pipeline} />
    </>
  );
}
