import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked';
import {
  Alert, Box, Card, CardContent, CardHeader, Chip, CircularProgress, LinearProgress, Link, List, ListItem, ListItemIcon, ListItemText,
  Stack, Typography, type SxProps, type Theme,
} from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { clampProgress, type OverviewIndicator, type OverviewMilestone, type OverviewReviewItem, type ProjectOverview } from '@lab/domain';
import { HealthChip } from '../common/fields';
import { day, decimal, formatIndicatorValue, percent } from '../common/format';
import { MeasurementStatusChip } from '../common/StatusChip';
import { httpClient } from '../data-provider';
import { TO_REVIEW_PATH } from '../reviews/ReviewQueues';
import { GateControls } from './GateControls';

export const overviewKey = (id: unknown) => ['project-overview', id];

/**
 * What someone opening a project wants first, from one answer of the API (GET /api/projects/:id/overview):
 * phase and health with the latest status update, the next gate with its criteria met so far and its buttons,
 * overdue and coming milestones, open reviews, and each indicator against the target in force.
 */
export function ProjectGlance() {
  const record = useRecordContext();
  const translate = useTranslate();
  const { data, isPending, error } = useQuery({
    queryKey: overviewKey(record?.id),
    queryFn: async () => (await httpClient(`/api/projects/${record!.id}/overview`)).json as ProjectOverview,
    enabled: record?.id != null,
  });
  if (!record) return null;
  if (isPending) return <Box sx={{ p: 2 }} role="status"><CircularProgress size={24} aria-label={translate('resources.projects.glance.loading')} /></Box>;
  if (error || !data) return <Alert severity="error" sx={{ mb: 2 }}>{translate('resources.projects.glance.failed')}</Alert>;
  return (
    <Box component="section" aria-labelledby="glance-title" data-testid="project-glance" sx={{ mb: 4 }}>
      <Typography id="glance-title" variant="h6" component="h2" sx={{ mb: 1.5 }}>{translate('resources.projects.glance.title')}</Typography>
      <Box sx={{ display: 'grid', gap: 2, alignItems: 'stretch', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
        <StatusCard data={data} />
        <GateCard data={data} />
        <MilestonesCard data={data} />
        <ReviewsCard data={data} />
        <Box sx={{ gridColumn: { md: '1 / -1' } }}>
          <IndicatorsCard data={data} />
        </Box>
      </Box>
    </Box>
  );
}

function GlanceCard({ title, testId, action, children, sx }: { title: ReactNode; testId: string; action?: ReactNode; children: ReactNode; sx?: SxProps<Theme> }) {
  return (
    <Card variant="outlined" data-testid={testId} sx={{ minWidth: 0, overflowWrap: 'anywhere', height: '100%', display: 'flex', flexDirection: 'column', ...sx }}>
      <CardHeader title={title} slotProps={{ title: { variant: 'subtitle1', component: 'h3', sx: { fontWeight: 600 } } }} sx={{ pb: 0 }} />
      <CardContent sx={{ pt: 1, flexGrow: 1 }}>{children}</CardContent>
      {action && <Box sx={{ px: 2, pb: 1.5 }}>{action}</Box>}
    </Card>
  );
}

function CardLink({ to, children }: { to: string; children: ReactNode }) {
  return <Link component={RouterLink} to={to} variant="body2" underline="hover">{children}</Link>;
}

function StatusCard({ data }: { data: ProjectOverview }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string, args?: object) => translate(`resources.projects.glance.status.${key}`, args);
  const update = data.lastStatusUpdate;
  return (
    <GlanceCard title={t('title')} testId="glance-status" action={<CardLink to={`/projects/${data.project.id}/show/status-updates`}>{t('all')}</CardLink>}>
      <Stack direction="row" spacing={3} sx={{ mb: 2 }}>
        <Box>
          <Typography variant="caption" color="text.secondary" component="p">{t('phase')}</Typography>
          <Chip size="small" color="primary" variant="outlined" label={translate(`enums.phase.${data.project.phase}`)} data-testid="glance-phase" />
        </Box>
        <Box data-testid="glance-health">
          <Typography variant="caption" color="text.secondary" component="p">{t('health')}</Typography>
          <HealthChip health={data.project.health} />
        </Box>
      </Stack>
      {update ? (
        <Box data-testid="glance-update">
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 0.5 }} useFlexGap>
            <Typography variant="subtitle2" component="p">{t('update', { period: update.period })}</Typography>
            <HealthChip health={update.health} />
          </Stack>
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
            {update.submittedAt ? t('submitted', { date: day(update.submittedAt, locale) }) : t('draft')}
          </Typography>
          <Typography variant="body2" sx={{ whiteSpace: 'pre-line', borderLeft: 3, borderColor: 'divider', pl: 1.5 }}>{update.narrative}</Typography>
          {update.narrativeCut && (
            <Box sx={{ mt: 0.5 }}><CardLink to={`/status-updates/${update.id}/show`}>{t('more')}</CardLink></Box>
          )}
        </Box>
      ) : (
        <Typography variant="body2" color="text.secondary">{t('none')}</Typography>
      )}
    </GlanceCard>
  );
}

function GateCard({ data }: { data: ProjectOverview }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string, args?: object) => translate(`resources.projects.glance.gate.${key}`, args);
  const { gate, project } = data;
  const met = gate.checks.filter((c) => c.met).length;
  const phase = (p: string) => translate(`enums.phase.${p}`);
  return (
    <GlanceCard
      title={gate.to ? `${t('title')}: ${t('to', { phase: phase(gate.to) })}` : t('title')}
      testId="glance-gate"
      action={<CardLink to={`/projects/${project.id}/show/gate`}>{t('all')}</CardLink>}
    >
      {gate.to ? (
        <>
          <Typography variant="body2" sx={{ mb: 0.5 }} data-testid="glance-gate-count">{t('met', { met, total: gate.checks.length })}</Typography>
          <List dense disablePadding sx={{ mb: 1 }}>
            {gate.checks.map((c) => (
              <ListItem key={c.successCriterion ? `${c.criterion}-${c.successCriterion.id}` : c.criterion} disableGutters data-testid={`gate-check-${c.criterion}`} data-met={c.met}>
                <ListItemIcon sx={{ minWidth: 32 }}>
                  {c.met
                    ? <CheckCircleIcon color="success" fontSize="small" titleAccess={t('criterion_met')} />
                    : <RadioButtonUncheckedIcon color="disabled" fontSize="small" titleAccess={t('criterion_unmet')} />}
                </ListItemIcon>
                <ListItemText
                  primary={c.successCriterion
                    ? t('criteria.success_criterion', {
                      indicator: c.successCriterion.indicatorName, value: decimal(c.successCriterion.value, locale), date: day(c.successCriterion.byDate, locale),
                    })
                    : t(`criteria.${c.criterion}`)}
                  secondary={c.successCriterion
                    ? (locale === 'en' ? c.successCriterion.judgement.evidence.label.en : c.successCriterion.judgement.evidence.label.nl)
                    : undefined}
                />
              </ListItem>
            ))}
          </List>
        </>
      ) : (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{t(project.phase === 'stopped' ? 'none_stopped' : 'none_rollout')}</Typography>
      )}
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1.5 }}>
        {gate.latest
          ? t('latest', {
            decision: translate(`enums.gate_decision.${gate.latest.decision}`), from: phase(gate.latest.fromPhase), to: phase(gate.latest.toPhase),
            date: day(gate.latest.decidedAt, locale),
          })
          : t('never')}
      </Typography>
      <GateControls showPhase={false} />
    </GlanceCard>
  );
}

function MilestoneRow({ m }: { m: OverviewMilestone }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <ListItem disableGutters sx={{ py: 0.25 }}>
      <ListItemText
        primary={m.title}
        secondary={translate('resources.projects.glance.milestones.due', { date: day(m.dueDate, locale) })}
        slotProps={{ secondary: { color: m.overdue ? 'error.main' : 'text.secondary' } }}
      />
    </ListItem>
  );
}

function MilestonesCard({ data }: { data: ProjectOverview }) {
  const translate = useTranslate();
  const t = (key: string, args?: object) => translate(`resources.projects.glance.milestones.${key}`, args);
  const { overdue, next, totals } = data.milestones;
  const heading = (text: string, colour?: string) => (
    <Typography variant="overline" component="h4" sx={{ display: 'block', lineHeight: 2, color: colour }}>{text}</Typography>
  );
  return (
    <GlanceCard
      title={t('title')}
      testId="glance-milestones"
      action={<CardLink to={`/projects/${data.project.id}/show/milestones`}>{t('all', { total: totals.total })}</CardLink>}
    >
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{t('counts', totals)}</Typography>
      <Box data-testid="glance-overdue" sx={overdue.length ? { borderLeft: 3, borderColor: 'error.main', pl: 1.5, mb: 1 } : { mb: 1 }}>
        {heading(t('overdue'), overdue.length ? 'error.main' : undefined)}
        {overdue.length === 0
          ? <Typography variant="body2" color="text.secondary">{t('none_overdue')}</Typography>
          : <List dense disablePadding>{overdue.map((m) => <MilestoneRow key={m.id} m={m} />)}</List>}
      </Box>
      <Box data-testid="glance-next">
        {heading(t('next'))}
        {next.length === 0
          ? <Typography variant="body2" color="text.secondary">{t('none_next')}</Typography>
          : <List dense disablePadding>{next.map((m) => <MilestoneRow key={m.id} m={m} />)}</List>}
      </Box>
    </GlanceCard>
  );
}

function ReviewRow({ item }: { item: OverviewReviewItem }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const since = item.since ? translate(`resources.projects.glance.reviews.since_${item.status}`, { date: day(item.since, locale) }) : '';
  return (
    <ListItem disableGutters sx={{ py: 0.25, alignItems: 'flex-start' }}>
      <ListItemText
        primary={
          <Link component={RouterLink} to={`/measurements/${item.id}/show`} underline="hover">
            {item.indicatorName} · {item.period}: {formatIndicatorValue(item.value, item.unit, locale)}
          </Link>
        }
        secondary={[since, item.reviewComment ? `“${item.reviewComment}”` : ''].filter(Boolean).join(' — ')}
      />
    </ListItem>
  );
}

function ReviewsCard({ data }: { data: ProjectOverview }) {
  const translate = useTranslate();
  const t = (key: string, args?: object) => translate(`resources.projects.glance.reviews.${key}`, args);
  const { submitted, returned, totals } = data.reviews;
  const group = (status: 'submitted' | 'returned', rows: OverviewReviewItem[], total: number) => (
    <Box data-testid={`glance-reviews-${status}`} sx={{ mb: 1 }}>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <MeasurementStatusChip status={status} />
        <Typography variant="subtitle2" component="h4">{t(status, { total })}</Typography>
      </Stack>
      <List dense disablePadding>{rows.map((r) => <ReviewRow key={r.id} item={r} />)}</List>
      {total > rows.length && <Typography variant="caption" color="text.secondary">{t('more', { extra: total - rows.length })}</Typography>}
    </Box>
  );
  return (
    <GlanceCard
      title={t('title')}
      testId="glance-reviews"
      action={totals.submitted > 0 ? <CardLink to={TO_REVIEW_PATH}>{t('queue')}</CardLink> : undefined}
    >
      {totals.submitted + totals.returned === 0 ? (
        <Typography variant="body2" color="text.secondary">{t('none')}</Typography>
      ) : (
        <>
          {totals.submitted > 0 && group('submitted', submitted, totals.submitted)}
          {totals.returned > 0 && group('returned', returned, totals.returned)}
        </>
      )}
    </GlanceCard>
  );
}

type IndicatorState = 'met' | 'on_track' | 'behind' | 'no_data' | 'no_target';
const STATE_COLOUR: Record<IndicatorState, 'success' | 'warning' | 'default'> = {
  met: 'success', on_track: 'success', behind: 'warning', no_data: 'default', no_target: 'default',
};

function stateOf(i: OverviewIndicator): IndicatorState {
  if (i.figure === null) return 'no_data';
  if (i.targetMet) return 'met';
  if (i.progress === null) return 'no_target';
  if (i.onTrack === false) return 'behind';
  return 'on_track';
}

function IndicatorRow({ i }: { i: OverviewIndicator }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = (key: string, args?: object) => translate(`resources.projects.glance.indicators.${key}`, args);
  const fmt = (v: number | null) => formatIndicatorValue(v, i.unit, locale);
  const state = stateOf(i);
  const bar = clampProgress(i.progress);
  return (
    <Box component="li" data-testid={`glance-indicator-${i.id}`} sx={{ listStyle: 'none', py: 1.25, borderTop: 1, borderColor: 'divider', '&:first-of-type': { borderTop: 0 } }}>
      <Box sx={{ display: 'grid', gap: 2, alignItems: 'center', gridTemplateColumns: { xs: '1fr', sm: 'minmax(0, 2fr) minmax(0, 3fr) auto' } }}>
        <Box sx={{ minWidth: 0 }}>
          <Link component={RouterLink} to={`/indicators/${i.id}/show`} underline="hover" variant="body2" sx={{ fontWeight: 600 }}>{i.name}</Link>
          <Typography variant="caption" color="text.secondary" component="p">
            {translate(`enums.indicator_kind.${i.kind}`)} · {t('approved', { smart_count: i.approved })}
          </Typography>
        </Box>
        <Box sx={{ minWidth: 0 }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline', justifyContent: 'space-between', mb: 0.5 }}>
            <Typography variant="body2" data-testid="glance-indicator-figure">
              {t('figure', { figure: fmt(i.figure) })}
            </Typography>
            <Typography variant="body2" data-testid="glance-indicator-progress">{i.progress === null ? '—' : percent(i.progress, locale)}</Typography>
          </Stack>
          <Box sx={{ position: 'relative' }}>
            <LinearProgress
              variant="determinate"
              value={(bar ?? 0) * 100}
              color={state === 'behind' ? 'warning' : 'primary'}
              aria-label={t('progress_label', { name: i.name, progress: i.progress === null ? '—' : percent(i.progress, locale) })}
              sx={{ height: 8, borderRadius: 4 }}
            />
            {i.expected !== null && (
              <Box aria-hidden sx={{ position: 'absolute', top: -3, bottom: -3, width: 2, bgcolor: 'text.primary', left: `calc(${i.expected * 100}% - 1px)` }} />
            )}
          </Box>
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 0.5 }}>
            {i.targetDate ? t('basis', { baseline: fmt(i.baseline), target: fmt(i.target), date: day(i.targetDate, locale) }) : t('basis_nodate', { baseline: fmt(i.baseline), target: fmt(i.target) })}
            {i.targetRevised && ` · ${t('revised')}`}
            {i.progress !== null && i.expected !== null && ` · ${t('progress', { expected: percent(i.expected, locale) })}`}
          </Typography>
        </Box>
        <Chip size="small" color={STATE_COLOUR[state]} variant={STATE_COLOUR[state] === 'default' ? 'outlined' : 'filled'} label={t(`state.${state}`)} data-testid="glance-indicator-state" />
      </Box>
    </Box>
  );
}

function IndicatorsCard({ data }: { data: ProjectOverview }) {
  const translate = useTranslate();
  const t = (key: string) => translate(`resources.projects.glance.indicators.${key}`);
  return (
    <GlanceCard title={t('title')} testId="glance-indicators" action={<CardLink to={`/projects/${data.project.id}/show/indicators`}>{t('all')}</CardLink>}>
      {data.indicators.length === 0
        ? <Typography variant="body2" color="text.secondary">{t('none')}</Typography>
        : <Box component="ul" sx={{ m: 0, p: 0 }}>{data.indicators.map((i) => <IndicatorRow key={i.id} i={i} />)}</Box>}
    </GlanceCard>
  );
}
