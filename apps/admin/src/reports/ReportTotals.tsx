import { Box, Card, CardContent, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { HEALTHS, PHASES, type QuarterlyReport } from '@lab/domain';
import { day, money, percent } from '../common/format';

function Stat({ label, value, detail }: { label: string; value: string | number; detail?: string }) {
  return (
    <Box>
      <Typography variant="body2" color="text.secondary">{label}</Typography>
      <Typography variant="h5" component="p">{value}</Typography>
      {detail && <Typography variant="caption" color="text.secondary">{detail}</Typography>}
    </Box>
  );
}

/** The lab-wide figures of the quarter: projects, health, milestones, indicators, decisions and payments. */
export function ReportTotals({ report }: { report: QuarterlyReport }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const t = report.totals;
  return (
    <Card component="section" aria-labelledby="report-totals" data-testid="report-totals">
      <CardContent>
        <Typography id="report-totals" variant="h6" component="h2" gutterBottom>{translate('reports.totals.title')}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('reports.totals.period', { from: day(report.quarterStart, locale), to: day(report.quarterEnd, locale), lab: report.lab.name })}
        </Typography>
        <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr 1fr', md: 'repeat(3, 1fr)', lg: 'repeat(6, 1fr)' } }}>
          <Stat label={translate('reports.totals.projects')} value={t.projects} detail={PHASES.map((p) => `${translate(`enums.phase.${p}`)} ${t.projectsByPhase[p] ?? 0}`).join(' · ')} />
          <Stat label={translate('reports.totals.health')} value={t.projectsByHealth.on_track ?? 0} detail={HEALTHS.map((h) => `${translate(`enums.health.${h}`)} ${t.projectsByHealth[h] ?? 0}`).join(' · ')} />
          <Stat label={translate('reports.totals.milestones')} value={`${t.milestones.doneOnTime}/${t.milestones.due}`} detail={translate('reports.totals.milestones_detail', { done: t.milestones.done, overdue: t.milestones.overdue, share: percent(t.milestones.shareOnTime, locale) })} />
          <Stat label={translate('reports.totals.indicators')} value={`${t.indicators.onTrack}/${t.indicators.total}`} detail={translate('reports.totals.indicators_detail', { withValue: t.indicators.withValue, behind: t.indicators.behind, pending: t.indicators.pending })} />
          <Stat label={translate('reports.totals.decisions')} value={t.decisions} />
          <Stat label={translate('reports.totals.payments')} value={money(t.payments.dueCents, locale)} detail={translate('reports.totals.payments_detail', { paid: money(t.payments.paidToDateCents, locale), max: money(t.payments.maxPaymentCents, locale) })} />
        </Box>
      </CardContent>
    </Card>
  );
}
