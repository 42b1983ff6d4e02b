import AcUnitIcon from '@mui/icons-material/AcUnit';
import ExpandMoreIcon from '@mui/icons-material/ExpandMore';
import VerifiedIcon from '@mui/icons-material/Verified';
import {
  Accordion, AccordionDetails, AccordionSummary, Alert, AlertTitle, Box, Button, Card, CardContent, CardHeader, Chip, CircularProgress,
  Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, LinearProgress, Link, MenuItem, Stack, Table, TableBody, TableCell,
  TableContainer, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Title, useCanAccess, useGetList, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import {
  HEALTHS, isQuarter, PHASES, REPORT_FILE_FORMATS, type ContractPaymentRow, type FrozenReportVersion, type ProjectSection, type QuarterlyReport,
} from '@lab/domain';
import { FREEZE_ACTION } from '../auth/access';
import { HealthChip } from '../common/fields';
import { day, formatIndicatorValue, instant, money, percent } from '../common/format';
import { lastCompletedQuarter, quarterChoices } from '../common/quarter';
import { fetchReport, fetchVersions, freezeReport, reportFileUrl, versionFileUrl } from './api';
import { DownloadButton } from './DownloadButton';

export const REPORTS_PATH = '/reports';

/**
 * The quarterly outcome report (kwartaalrapportage) of a lab: lab-wide totals, a section per project,
 * outcome payments, measurements still pending (which do not count), downloads as PDF, XLSX and CSV, and
 * the frozen versions — the latest is the one the council received. Administrators freeze.
 */
export function ReportPage() {
  const translate = useTranslate();
  const [params, setParams] = useSearchParams();
  const { data: labs, isPending: labsPending } = useGetList('labs', { pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' } });
  const lab = Number(params.get('lab')) || (labs?.[0]?.id as number | undefined);
  const asked = params.get('quarter');
  const quarter = asked && isQuarter(asked) ? asked : lastCompletedQuarter();
  const choose = (next: { lab?: number; quarter?: string }) =>
    setParams({ lab: String(next.lab ?? lab ?? ''), quarter: next.quarter ?? quarter }, { replace: true });

  return (
    <Box sx={{ py: 2 }}>
      <Title title={translate('reports.title')} />
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ justifyContent: 'space-between', alignItems: { md: 'center' }, mb: 2 }}>
        <Typography variant="h5" component="h1">{translate('reports.heading', { quarter })}</Typography>
        <Stack direction="row" spacing={2}>
          {labs && labs.length > 0 && (
            <TextField select size="small" label={translate('resources.labs.name', { smart_count: 1 })} value={lab ?? ''} onChange={(e) => choose({ lab: Number(e.target.value) })} sx={{ minWidth: 220 }}>
              {labs.map((l) => <MenuItem key={l.id} value={l.id}>{l.name}</MenuItem>)}
            </TextField>
          )}
          <TextField select size="small" label={translate('resources.measurements.fields.period')} value={quarter} onChange={(e) => choose({ quarter: e.target.value })} sx={{ minWidth: 130 }}>
            {[...new Set([quarter, ...quarterChoices().map((q) => q.id)])].map((q) => <MenuItem key={q} value={q}>{q}</MenuItem>)}
          </TextField>
        </Stack>
      </Stack>
      {labsPending ? <LinearProgress aria-label={translate('ra.page.loading')} />
        : !lab ? <Alert severity="info">{translate('reports.no_lab')}</Alert>
        : <Report key={`${lab}-${quarter}`} lab={lab} quarter={quarter} />}
    </Box>
  );
}

function Report({ lab, quarter }: { lab: number; quarter: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data: report, isPending, error } = useQuery({ queryKey: ['report', lab, quarter], queryFn: () => fetchReport(lab, quarter) });

  if (isPending) {
    return (
      <Box role="status" sx={{ py: 3 }}>
        <Typography sx={{ mb: 1 }}>{translate('reports.generating')}</Typography>
        <LinearProgress aria-label={translate('reports.generating')} />
      </Box>
    );
  }
  if (error || !report) {
    const message = (error as Error)?.message ?? 'ra.notification.http_error';
    return <Alert severity="error">{translate('reports.error')} {translate(message, { _: message })}</Alert>;
  }

  const base = `kwartaalrapportage-${quarter}`;
  return (
    <Stack spacing={2}>
      <PendingWarning report={report} />
      <Card>
        <CardHeader title={translate('reports.downloads.title')} slotProps={{ title: { variant: 'h6', component: 'h2' } }} subheader={translate('reports.generated_at', { date: instant(report.generatedAt, locale) })} />
        <CardContent>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
            {REPORT_FILE_FORMATS.map((f) => (
              <DownloadButton key={f} url={reportFileUrl(lab, quarter, f)} fileName={`${base}.${f}`} label={f.toUpperCase()} ariaLabel={translate('reports.downloads.current', { format: f.toUpperCase() })} />
            ))}
          </Stack>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>{translate('reports.downloads.help')}</Typography>
        </CardContent>
      </Card>
      <Versions lab={lab} quarter={quarter} pending={report.pending.length} />
      <Totals report={report} />
      <Payments rows={report.payments} title={translate('reports.payments.title')} />
      <Box component="section" aria-labelledby="report-projects">
        <Typography id="report-projects" variant="h6" component="h2" sx={{ mb: 1 }}>{translate('reports.projects.title')}</Typography>
        {report.projects.length === 0 ? <Typography color="text.secondary">{translate('reports.projects.empty')}</Typography>
          : report.projects.map((p) => <ProjectAccordion key={p.id} project={p} />)}
      </Box>
    </Stack>
  );
}

function PendingWarning({ report }: { report: QuarterlyReport }) {
  const translate = useTranslate();
  if (report.pending.length === 0) {
    return <Alert severity="success" icon={<VerifiedIcon />}>{translate('reports.pending.none')}</Alert>;
  }
  return (
    <Alert severity="warning" data-testid="report-pending">
      <AlertTitle>{translate('reports.pending.title', { smart_count: report.pending.length })}</AlertTitle>
      {translate('reports.pending.text')}
      <Box component="ul" sx={{ my: 0.5, pl: 2, maxHeight: 180, overflow: 'auto' }}>
        {report.pending.map((p) => (
          <li key={p.measurementId}>
            <Link component={RouterLink} to={`/measurements/${p.measurementId}/show`} color="inherit">
              {p.projectCode} · {p.indicatorName}
            </Link>{' '}— {translate(`enums.measurement_status.${p.status}`)}
          </li>
        ))}
      </Box>
    </Alert>
  );
}

function Versions({ lab, quarter, pending }: { lab: number; quarter: string; pending: number }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { canAccess: mayFreeze } = useCanAccess({ resource: 'reports', action: FREEZE_ACTION });
  const [freezing, setFreezing] = useState(false);
  const { data: versions, isPending, error } = useQuery({ queryKey: ['report-versions', lab, quarter], queryFn: () => fetchVersions(lab, quarter) });
  const latest = versions?.[0];

  return (
    <Card data-testid="report-versions">
      <CardHeader
        title={translate('reports.versions.title')}
        slotProps={{ title: { variant: 'h6', component: 'h2' } }}
        action={mayFreeze ? (
          <Button variant="contained" startIcon={<AcUnitIcon aria-hidden />} onClick={() => setFreezing(true)} sx={{ mt: 1, mr: 1 }}>
            {translate('reports.freeze.button')}
          </Button>
        ) : undefined}
      />
      <CardContent>
        {isPending ? <LinearProgress aria-label={translate('ra.page.loading')} />
          : error ? <Alert severity="error">{translate('reports.versions.error')}</Alert>
          : !latest ? <Typography color="text.secondary">{translate('reports.versions.empty')}</Typography>
          : (
            <>
              <Alert severity="info" icon={<VerifiedIcon />} sx={{ mb: 2 }} data-testid="council-version">
                <AlertTitle>{translate('reports.versions.council', { version: `v${latest.version}` })}</AlertTitle>
                {translate('reports.versions.frozen_by', { date: instant(latest.frozenAt, locale), name: latest.frozenByName ?? '—' })}
                <Box sx={{ mt: 0.5 }}>
                  {translate('reports.versions.checksum')} (PDF):{' '}
                  <Box component="code" sx={{ wordBreak: 'break-all', fontSize: 12 }}>{latest.pdfSha256}</Box>
                </Box>
              </Alert>
              <TableContainer>
                <Table size="small" aria-label={translate('reports.versions.title')}>
                  <TableHead>
                    <TableRow>
                      <TableCell>{translate('reports.versions.version')}</TableCell>
                      <TableCell>{translate('reports.versions.frozen_at')}</TableCell>
                      <TableCell>{translate('reports.versions.by')}</TableCell>
                      <TableCell>{translate('reports.versions.note')}</TableCell>
                      <TableCell>{translate('reports.versions.checksum')}</TableCell>
                      <TableCell>{translate('reports.versions.files')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {versions.map((v) => <VersionRow key={v.id} version={v} latest={v.id === latest.id} quarter={quarter} />)}
                  </TableBody>
                </Table>
              </TableContainer>
            </>
          )}
      </CardContent>
      {freezing && <FreezeDialog lab={lab} quarter={quarter} pending={pending} next={(latest?.version ?? 0) + 1} onClose={() => setFreezing(false)} />}
    </Card>
  );
}

function VersionRow({ version: v, latest, quarter }: { version: FrozenReportVersion; latest: boolean; quarter: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <TableRow data-testid={`version-v${v.version}`} sx={latest ? { bgcolor: 'rgba(0, 70, 153, 0.08)' } : undefined}>
      <TableCell>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <strong>v{v.version}</strong>
          {latest && <Chip size="small" color="secondary" icon={<VerifiedIcon aria-hidden />} label={translate('reports.versions.sent')} />}
        </Stack>
      </TableCell>
      <TableCell>{instant(v.frozenAt, locale)}</TableCell>
      <TableCell>{v.frozenByName ?? '—'}</TableCell>
      <TableCell>{v.note ?? '—'}</TableCell>
      <TableCell>
        <Box component="code" title={`PDF ${v.pdfSha256}\nXLSX ${v.xlsxSha256}\nCSV ${v.csvSha256}\nJSON ${v.dataSha256}`} sx={{ fontSize: 12 }}>
          {v.pdfSha256.slice(0, 12)}…
        </Box>
      </TableCell>
      <TableCell>
        <Stack direction="row" spacing={0.5} useFlexGap sx={{ flexWrap: 'wrap' }}>
          {REPORT_FILE_FORMATS.map((f) => (
            <DownloadButton
              key={f}
              size="small"
              variant="text"
              url={versionFileUrl(v.id, f)}
              fileName={`kwartaalrapportage-${quarter}-v${v.version}.${f}`}
              label={f.toUpperCase()}
              ariaLabel={translate('reports.versions.download', { format: f.toUpperCase(), version: `v${v.version}` })}
            />
          ))}
        </Stack>
      </TableCell>
    </TableRow>
  );
}

function FreezeDialog({ lab, quarter, pending, next, onClose }: { lab: number; quarter: string; pending: number; next: number; onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const titleId = useId();
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const freeze = async () => {
    setSaving(true);
    setFailure(null);
    try {
      const version = await freezeReport(lab, quarter, note);
      await queryClient.invalidateQueries({ queryKey: ['report-versions', lab, quarter] });
      notify('reports.freeze.done', { type: 'success', messageArgs: { version: `v${version.version}`, quarter } });
      onClose();
    } catch (error) {
      const message = (error as Error)?.message ?? 'ra.notification.http_error';
      setFailure(translate(message, { _: message }));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Dialog open onClose={saving ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{translate('reports.freeze.title', { quarter, version: `v${next}` })}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{translate('reports.freeze.intro', { version: `v${next}` })}</DialogContentText>
        {pending > 0 && <Alert severity="warning" sx={{ mb: 2 }}>{translate('reports.freeze.pending', { smart_count: pending })}</Alert>}
        {failure && <Alert severity="error" role="alert" sx={{ mb: 2 }}>{failure}</Alert>}
        <TextField label={translate('reports.freeze.note')} helperText={translate('reports.freeze.note_help')} value={note} onChange={(e) => setNote(e.target.value)} fullWidth multiline minRows={2} disabled={saving} />
        {saving && (
          <Box role="status" sx={{ mt: 2 }}>
            <Typography variant="body2" sx={{ mb: 0.5 }}>{translate('reports.freeze.progress')}</Typography>
            <LinearProgress aria-label={translate('reports.freeze.progress')} />
          </Box>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={saving}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={() => void freeze()} disabled={saving} startIcon={saving ? <CircularProgress size={16} color="inherit" aria-hidden /> : <AcUnitIcon aria-hidden />}>
          {translate('reports.freeze.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}

function Stat({ label, value, detail }: { label: string; value: string | number; detail?: string }) {
  return (
    <Box>
      <Typography variant="body2" color="text.secondary">{label}</Typography>
      <Typography variant="h5" component="p">{value}</Typography>
      {detail && <Typography variant="caption" color="text.secondary">{detail}</Typography>}
    </Box>
  );
}

function Totals({ report }: { report: QuarterlyReport }) {
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

function Payments({ rows, title }: { rows: ContractPaymentRow[]; title: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const headingId = useId();
  return (
    <Card component="section" aria-labelledby={headingId}>
      <CardContent>
        <Typography id={headingId} variant="h6" component="h2" gutterBottom>{title}</Typography>
        {rows.length === 0 ? <Typography color="text.secondary">{translate('reports.payments.empty')}</Typography> : (
          <TableContainer>
            <Table size="small" aria-labelledby={headingId}>
              <TableHead>
                <TableRow>
                  <TableCell>{translate('reports.payments.contract')}</TableCell>
                  <TableCell>{translate('resources.indicators.name', { smart_count: 1 })}</TableCell>
                  <TableCell align="right">{translate('reports.payments.figure')}</TableCell>
                  <TableCell align="right">{translate('reports.payments.units')}</TableCell>
                  <TableCell align="right">{translate('reports.payments.price')}</TableCell>
                  <TableCell align="right">{translate('reports.payments.due')}</TableCell>
                  <TableCell align="right">{translate('reports.payments.paid')}</TableCell>
                  <TableCell align="right">{translate('reports.payments.remaining')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {rows.map((r) => (
                  <TableRow key={`${r.agreementId}-${r.period}`}>
                    <TableCell>
                      <Link component={RouterLink} to={`/agreements/${r.agreementId}/show`}>{r.projectCode} · {r.title}</Link>
                    </TableCell>
                    <TableCell>{r.indicatorName}</TableCell>
                    <TableCell align="right">{r.figure == null ? '—' : formatIndicatorValue(r.figure, undefined, locale)}</TableCell>
                    <TableCell align="right">{formatIndicatorValue(r.units, undefined, locale)}</TableCell>
                    <TableCell align="right">{money(r.pricePerUnitCents, locale)}</TableCell>
                    <TableCell align="right"><strong>{money(r.dueCents, locale)}</strong>{r.capped && <> <Chip size="small" label={translate('reports.payments.capped')} /></>}</TableCell>
                    <TableCell align="right">{money(r.paidToDateCents, locale)}</TableCell>
                    <TableCell align="right">{money(r.remainingCents, locale)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
      </CardContent>
    </Card>
  );
}

function ProjectAccordion({ project: p }: { project: ProjectSection }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const pending = p.indicators.filter((i) => i.pending).length;
  const onTrack = p.indicators.filter((i) => i.onTrack === true).length;
  return (
    <Accordion disableGutters data-testid={`report-project-${p.code}`} slotProps={{ transition: { unmountOnExit: true } }}>
      <AccordionSummary expandIcon={<ExpandMoreIcon />}>
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
          <Typography component="h3" sx={{ fontWeight: 600 }}>{p.code} {p.title}</Typography>
          <Chip size="small" variant="outlined" label={translate(`enums.phase.${p.phase}`)} />
          <HealthChip health={p.health} />
          <Typography variant="body2" color="text.secondary">
            {translate('reports.projects.summary', { onTrack, total: p.indicators.length })}
          </Typography>
          {pending > 0 && <Chip size="small" color="warning" label={translate('reports.projects.pending', { smart_count: pending })} />}
        </Stack>
      </AccordionSummary>
      <AccordionDetails>
        {p.currentPhase !== p.phase && (
          <Typography variant="body2" sx={{ mb: 1 }}>{translate('reports.projects.current_phase', { phase: translate(`enums.phase.${p.currentPhase}`) })}</Typography>
        )}
        <Typography variant="subtitle2" component="h4">{translate('quarters.status_update')}</Typography>
        <Typography variant="body2" sx={{ mb: 2, whiteSpace: 'pre-wrap' }}>
          {p.statusUpdate ? `${p.statusUpdate.narrative}${p.statusUpdate.submitted ? '' : ` (${translate('reports.projects.not_submitted')})`}` : translate('reports.projects.no_update')}
        </Typography>
        {p.decisions.length > 0 && (
          <>
            <Typography variant="subtitle2" component="h4">{translate('reports.projects.decisions')}</Typography>
            <Box component="ul" sx={{ mt: 0, pl: 2 }}>
              {p.decisions.map((d) => (
                <li key={d.id}>
                  {day(d.decidedAt, locale)}: {translate(`enums.phase.${d.fromPhase}`)} → {translate(`enums.phase.${d.toPhase}`)}, {translate(`enums.gate_decision.${d.decision}`)}
                  {d.rationale ? ` — ${d.rationale}` : ''}
                </li>
              ))}
            </Box>
          </>
        )}
        <Typography variant="subtitle2" component="h4">{translate('reports.projects.milestones')}</Typography>
        <Typography variant="body2" sx={{ mb: 2 }}>
          {translate('reports.projects.milestones_text', { due: p.milestones.due, done: p.milestones.done, onTime: p.milestones.doneOnTime, overdue: p.milestones.overdue })}
        </Typography>
        <Typography variant="subtitle2" component="h4">{translate('resources.indicators.name', { smart_count: 2 })}</Typography>
        {p.indicators.length === 0 ? <Typography variant="body2" color="text.secondary">{translate('reports.projects.no_indicators')}</Typography> : (
          <TableContainer sx={{ mb: 2 }}>
            <Table size="small">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('resources.indicators.fields.name')}</TableCell>
                  <TableCell align="right">{translate('reports.projects.value')}</TableCell>
                  <TableCell align="right">{translate('reports.projects.figure')}</TableCell>
                  <TableCell align="right">{translate('resources.indicators.fields.baselineValue')}</TableCell>
                  <TableCell align="right">{translate('quarters.target_in_force')}</TableCell>
                  <TableCell align="right">{translate('reports.projects.progress')}</TableCell>
                  <TableCell>{translate('reports.projects.on_track')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {p.indicators.map((i) => (
                  <TableRow key={i.id}>
                    <TableCell>{i.name}</TableCell>
                    <TableCell align="right">
                      {i.pending ? <Chip size="small" color="warning" label={translate('reports.projects.not_counted', { status: translate(`enums.measurement_status.${i.status}`) })} /> : formatIndicatorValue(i.value, i.unit, locale)}
                    </TableCell>
                    <TableCell align="right">{formatIndicatorValue(i.figure, i.unit, locale)}</TableCell>
                    <TableCell align="right">{formatIndicatorValue(i.baseline, i.unit, locale)}</TableCell>
                    <TableCell align="right">{formatIndicatorValue(i.target, i.unit, locale)}{i.targetRevised ? ` (${translate('reports.projects.revised')})` : ''}</TableCell>
                    <TableCell align="right">{percent(i.progress, locale)}</TableCell>
                    <TableCell>{i.onTrack === null ? '—' : translate(i.onTrack ? 'reports.projects.yes' : 'reports.projects.no')}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
        )}
        <Typography variant="subtitle2" component="h4">{translate('reports.projects.agreements')}</Typography>
        {p.agreements.length === 0 ? <Typography variant="body2" color="text.secondary">{translate('reports.projects.no_agreements')}</Typography> : (
          <Box component="ul" sx={{ mt: 0, pl: 2 }}>
            {p.agreements.map((a) => (
              <li key={a.id}>
                <Link component={RouterLink} to={`/agreements/${a.id}/show`}>{a.title}</Link> — {a.organisationName}, {translate(`enums.agreement_kind.${a.kind}`)}, {translate(`enums.agreement_status.${a.status}`)}
                {a.signedInQuarter ? ` (${translate('reports.projects.signed_in_quarter')})` : ''}
              </li>
            ))}
          </Box>
        )}
      </AccordionDetails>
    </Accordion>
  );
}
