import { Alert, Box, Card, CardContent, CardHeader, Chip, CircularProgress, Link, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Title, useCanAccess, useLocaleState, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { HEALTHS, PHASES, type DashboardFigures, type DashboardMilestone, type Phase } from '@lab/domain';
import { HEALTH_COLOURS, HealthChip } from '../common/fields';
import { day as formatDay } from '../common/format';
import { httpClient } from '../data-provider';
import { RETURNED_QUEUE, TO_REVIEW_QUEUE } from '../auth/access';
import { ReportingCalendar } from '../quarters/ReportingCalendar';
import { RETURNED_PATH, TO_REVIEW_PATH } from '../reviews/ReviewQueues';

const PHASE_COLOURS: Record<Phase, string> = { scenario: '#7a6f9b', experiment: '#004699', rollout: '#00703c', stopped: '#6b6b6b' };

export function Dashboard() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data, isPending, error } = useQuery({
    queryKey: ['dashboard'],
    queryFn: async () => (await httpClient('/api/dashboard')).json as DashboardFigures,
  });
  const day = (iso: string) => formatDay(iso, locale);

  if (isPending) return <Box sx={{ p: 4 }} role="status"><CircularProgress aria-label={translate('ra.page.loading')} /></Box>;
  if (error || !data) return <Alert severity="error" sx={{ m: 2 }}>{translate('app.errors.unreachable')}</Alert>;

  const reviewCards = (
    <ReviewCards toReview={data.reviews?.toReview} returnedToMe={data.reviews?.returnedToMe} />
  );
  const phaseData = PHASES.map((phase) => ({ phase, label: translate(`enums.phase.${phase}`), count: data.projects.byPhase[phase] }));
  return (
    <Box sx={{ py: 2 }}>
      <Title title={translate('dashboard.title')} />
      <Typography variant="h5" component="h1" sx={{ mb: 2 }}>{translate('app.title')}</Typography>
      {reviewCards}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr', lg: '2fr 1fr 1fr' } }}>
        <Card>
          <CardHeader title={translate('dashboard.projects_per_phase')} slotProps={{ title: { variant: 'h6', component: 'h2' } }} />
          <CardContent sx={{ height: 220 }} data-testid="phase-chart">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={phaseData} layout="vertical" margin={{ left: 24 }} accessibilityLayer>
                <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                <XAxis type="number" allowDecimals={false} />
                <YAxis type="category" dataKey="label" width={90} />
                <Tooltip />
                <Bar dataKey="count" name={translate('resources.projects.name', { smart_count: 2 })} label={{ position: 'right' }}>
                  {phaseData.map((d) => <Cell key={d.phase} fill={PHASE_COLOURS[d.phase]} />)}
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </CardContent>
        </Card>
        <Card>
          <CardHeader title={translate('dashboard.health')} slotProps={{ title: { variant: 'h6', component: 'h2' } }} />
          <CardContent>
            <Stack spacing={1.5} data-testid="health">
              {HEALTHS.map((h) => (
                <Stack key={h} direction="row" spacing={1} sx={{ alignItems: "center" }}>
                  <Chip color={HEALTH_COLOURS[h]} label={data.projects.byHealth[h]} data-testid={`health-${h}`} />
                  <Typography>{translate(`enums.health.${h}`)}</Typography>
                </Stack>
              ))}
            </Stack>
          </CardContent>
        </Card>
        <MilestoneCard title={translate('dashboard.overdue')} empty={translate('dashboard.none_overdue')} rows={data.overdueMilestones} day={day} testId="overdue"
          total={data.totals?.overdueMilestones} all={`/milestones?filter=${encodeURIComponent('{"overdue":true}')}`} />
        <MilestoneCard title={translate('dashboard.due_soon')} empty={translate('dashboard.none_due')} rows={data.dueSoonMilestones} day={day} testId="due-soon"
          total={data.totals?.dueSoonMilestones} all="/milestones" />
        <Card>
          <CardHeader title={translate('dashboard.behind')} slotProps={{ title: { variant: 'h6', component: 'h2' } }} />
          <CardContent sx={{ maxHeight: 320, overflow: 'auto' }} data-testid="behind">
            {data.indicatorsBehind.length === 0 ? <Typography>{translate('dashboard.none_behind')}</Typography> : (
              <List dense disablePadding>
                {data.indicatorsBehind.map((i) => (
                  <ListItem key={i.id} disableGutters>
                    <ListItemText
                      primary={<Link component={RouterLink} to={`/indicators/${i.id}/show`}>{i.projectCode} · {i.name}</Link>}
                      secondary={translate('dashboard.progress', { progress: Math.round(i.progress * 100), expected: Math.round(i.expected * 100) })}
                    />
                  </ListItem>
                ))}
              </List>
            )}
            <MoreLink shown={data.indicatorsBehind.length} total={data.totals?.indicatorsBehind} to="/indicators" />
          </CardContent>
        </Card>
        <Card>
          <CardHeader title={translate('dashboard.decisions')} slotProps={{ title: { variant: 'h6', component: 'h2' } }} />
          <CardContent data-testid="decisions">
            {data.latestDecisions.length === 0 ? <Typography>{translate('dashboard.none_decisions')}</Typography> : (
              <List dense disablePadding>
                {data.latestDecisions.map((d) => (
                  <ListItem key={d.id} disableGutters>
                    <ListItemText
                      primary={<Link component={RouterLink} to={`/projects/${d.projectId}/show`}>{d.projectCode}</Link>}
                      secondary={`${translate('dashboard.decision', {
                        from: translate(`enums.phase.${d.fromPhase}`), to: translate(`enums.phase.${d.toPhase}`), decision: translate(`enums.gate_decision.${d.decision}`),
                      })} · ${day(d.decidedAt)}`}
                    />
                  </ListItem>
                ))}
              </List>
            )}
          </CardContent>
        </Card>
      </Box>
      <Box sx={{ mt: 3 }}>
        <ReportingCalendar />
      </Box>
      <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1 }}>{translate('dashboard.pipeline')}</Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr', lg: 'repeat(4, 1fr)' } }} data-testid="pipeline">
        {PHASES.map((phase) => {
          const projects = data.pipeline.filter((p) => p.phase === phase);
          return (
            <Box key={phase} component="section" aria-label={translate(`enums.phase.${phase}`)} sx={{ bgcolor: 'action.hover', borderTop: 4, borderColor: PHASE_COLOURS[phase], p: 1, borderRadius: 1 }}>
              <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
                {translate(`enums.phase.${phase}`)} · {translate('dashboard.projects_count', { smart_count: projects.length })}
              </Typography>
              {projects.length === 0 && <Typography variant="body2">{translate('dashboard.none_projects')}</Typography>}
              <Stack spacing={1} sx={{ mt: 1 }}>
                {projects.map((p) => (
                  <Card key={p.id} variant="outlined" data-testid={`pipeline-card-${p.code}`}>
                    <CardContent sx={{ p: 1, '&:last-child': { pb: 1 } }}>
                      <Link component={RouterLink} to={`/projects/${p.id}/show`} underline="hover">
                        <strong>{p.code}</strong> {p.title}
                      </Link>
                      <Box sx={{ mt: 0.5 }}>
                        <HealthChip health={p.health} />
                      </Box>
                    </CardContent>
                  </Card>
                ))}
              </Stack>
            </Box>
          );
        })}
      </Box>
    </Box>
  );
}

/** "50 of 7,012 shown — all": where the home page shows only the first rows of a long list. */
function MoreLink({ shown, total, to }: { shown: number; total?: number; to: string }) {
  const translate = useTranslate();
  if (total === undefined || total <= shown) return null;
  return (
    <Typography variant="body2" sx={{ mt: 1 }}>
      {translate('dashboard.shown_of', { shown, total })} <Link component={RouterLink} to={to}>{translate('dashboard.show_all')}</Link>
    </Typography>
  );
}

function MilestoneCard({ title, empty, rows, day, testId, total, all }: {
  title: string; empty: string; rows: DashboardMilestone[]; day: (iso: string) => string; testId: string; total?: number; all: string;
}) {
  return (
    <Card>
      <CardHeader title={title} slotProps={{ title: { variant: 'h6', component: 'h2' } }} />
      <CardContent sx={{ maxHeight: 320, overflow: 'auto' }} data-testid={testId}>
        {rows.length === 0 ? <Typography>{empty}</Typography> : (
          <List dense disablePadding>
            {rows.map((m) => (
              <ListItem key={m.id} disableGutters>
                <ListItemText
                  primary={<Link component={RouterLink} to={`/milestones/${m.id}/show`}>{m.projectCode} · {m.title}</Link>}
                  secondary={day(m.dueDate)}
                />
              </ListItem>
            ))}
          </List>
        )}
        <MoreLink shown={rows.length} total={total} to={all} />
      </CardContent>
    </Card>
  );
}

/**
 * The review work waiting for the signed-in user, with a link to its queue: submitted measurements for the
 * focus team and administrators, returned ones for a project team. Each card only where it concerns the role.
 */
function ReviewCards({ toReview, returnedToMe }: { toReview?: number; returnedToMe?: number }) {
  const translate = useTranslate();
  const mayReview = useCanAccess({ resource: 'measurements', action: TO_REVIEW_QUEUE }).canAccess === true;
  const hasTeam = useCanAccess({ resource: 'measurements', action: RETURNED_QUEUE }).canAccess === true;
  const cards = [
    mayReview && toReview !== undefined && { key: 'to_review', count: toReview, to: TO_REVIEW_PATH, title: 'reviews.dashboard.to_review', text: 'reviews.dashboard.to_review_text', colour: 'info.main' },
    hasTeam && returnedToMe !== undefined && { key: 'returned', count: returnedToMe, to: RETURNED_PATH, title: 'reviews.dashboard.returned', text: 'reviews.dashboard.returned_text', colour: 'warning.dark' },
  ].filter(Boolean) as { key: string; count: number; to: string; title: string; text: string; colour: string }[];
  if (cards.length === 0) return null;
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, mb: 2 }}>
      {cards.map((c) => (
        <Card key={c.key} data-testid={`reviews-${c.key}`} sx={{ borderLeft: 6, borderColor: c.count > 0 ? c.colour : 'divider' }}>
          <CardHeader title={translate(c.title)} slotProps={{ title: { variant: 'h6', component: 'h2' } }} />
          <CardContent sx={{ pt: 0 }}>
            <Stack direction="row" spacing={2} sx={{ alignItems: 'center' }}>
              <Typography variant="h3" component="p" data-testid={`reviews-${c.key}-count`}>{c.count}</Typography>
              <Box>
                <Typography>{translate(c.text, { smart_count: c.count })}</Typography>
                <Link component={RouterLink} to={c.to} aria-label={`${translate('reviews.dashboard.open')}: ${translate(c.title)}`}>{translate('reviews.dashboard.open')}</Link>
              </Box>
            </Stack>
          </CardContent>
        </Card>
      ))}
    </Box>
  );
}
