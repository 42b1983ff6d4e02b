import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import EventIcon from '@mui/icons-material/Event';
import SaveIcon from '@mui/icons-material/Save';
import SendIcon from '@mui/icons-material/Send';
import { Alert, AlertTitle, Box, Button, Card, CardContent, Chip, CircularProgress, LinearProgress, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { HttpError, Title, useCanAccess, useLocaleState, useTranslate } from 'react-admin';
import { Link as RouterLink, Navigate, useNavigate, useParams } from 'react-router-dom';
import { addQuarters, isQuarter, type ReportingState } from '@lab/domain';
import { REVIEW_ACTION } from '../auth/access';
import { useCanWriteProject } from '../auth/useCanWriteProject';
import { day } from '../common/format';
import { quarterChoices } from '../common/quarter';
import { fetchProjectQuarters, fetchQuarter, projectQuartersKey, quarterKey } from './api';
import { IndicatorRow } from './IndicatorRow';
import { quarterEntryPath } from './paths';
import { QuarterImport } from './QuarterImport';
import { allSubmitted, EMPTY_ROW, statusCounts } from './quarter-form';
import { StatusUpdateSection } from './StatusUpdateSection';
import { useQuarterForm } from './useQuarterForm';

/**
 * The quarterly entry of one project: every indicator's value for the quarter and the status update (health
 * and narrative), saved together as drafts or submitted to the focus team at once. Values are checked here as
 * the API checks them (a percentage 0–100, a count whole and not negative); the API's own field errors appear
 * beside the fields they concern.
 */
export function QuarterEntryPage() {
  const { projectId = '', period = '' } = useParams();
  const translate = useTranslate();
  if (!isQuarter(period)) {
    return (
      <Box sx={{ p: 2 }}>
        <Title title={translate('quarters.title_short')} />
        <Alert severity="error">{translate('resources.measurements.validation.period')}</Alert>
      </Box>
    );
  }
  return <QuarterEntry key={`${projectId}-${period}`} projectId={projectId} period={period} />;
}

/**
 * The quarterly entry without a quarter (`/projects/:id/quarters`, "Kwartaal invullen" on the project page):
 * opens the first quarter of the project's run still open, as the API judges it, not the current quarter of a
 * project that ended years ago.
 */
export function FirstOpenQuarterPage() {
  const { projectId = '' } = useParams();
  const translate = useTranslate();
  const { data, error } = useQuery({ queryKey: projectQuartersKey(projectId), queryFn: () => fetchProjectQuarters(projectId) });
  if (data) return <Navigate replace to={quarterEntryPath(projectId, data.firstOpen)} />;
  if (error) {
    const status = error instanceof HttpError ? error.status : 0;
    return (
      <Box sx={{ p: 2 }}>
        <Title title={translate('quarters.title_short')} />
        <Alert severity="error">{status === 404 ? translate('quarters.not_found') : translate(error.message, { _: error.message })}</Alert>
      </Box>
    );
  }
  return (
    <Box sx={{ p: 4 }} role="status">
      <Title title={translate('quarters.title_short')} />
      <CircularProgress aria-label={translate('quarters.finding_open')} />
    </Box>
  );
}

/** The colours of the calendar's cells, for the same word on the entry. */
const STATE_COLOR: Record<ReportingState, 'default' | 'error' | 'warning' | 'info' | 'success' | 'primary'> = {
  overdue: 'error', returned: 'warning', open: 'info', submitted: 'primary', approved: 'success', not_due: 'default', none: 'default',
};

function QuarterEntry({ projectId, period }: { projectId: string; period: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const navigate = useNavigate();
  const canWrite = useCanWriteProject('status-updates', Number(projectId));
  const { canAccess: canReopen } = useCanAccess({ resource: 'status-updates', action: REVIEW_ACTION });
  const { data: sheet, isPending, error } = useQuery({ queryKey: quarterKey(projectId, period), queryFn: () => fetchQuarter(projectId, period) });
  const queryClient = useQueryClient();

  const form = useQuarterForm(projectId, period, sheet);
  const { rows, health, narrative, errors, formError, saving, save } = form;

  const longDay = (iso: string) => day(iso, locale, 'long');
  const quarters = useMemo(() => {
    const list = quarterChoices().map((q) => q.id);
    return list.includes(period) ? list : [period, ...list];
  }, [period]);

  if (isPending) {
    return (
      <Box sx={{ p: 4 }} role="status">
        <Title title={translate('quarters.title_short')} />
        <CircularProgress aria-label={translate('ra.page.loading')} />
      </Box>
    );
  }
  if (error || !sheet) {
    const status = error instanceof HttpError ? error.status : 0;
    return (
      <Box sx={{ p: 2 }}>
        <Title title={translate('quarters.title_short')} />
        <Alert severity="error">{status === 404 ? translate('quarters.not_found') : translate((error as Error)?.message ?? 'ra.notification.http_error', { _: (error as Error)?.message })}</Alert>
      </Box>
    );
  }

  const readOnly = !canWrite;
  const nothingToSubmit = allSubmitted(sheet, form);
  const counts = statusCounts(sheet);

  return (
    <Box sx={{ py: 2 }}>
      <Title title={translate('quarters.title', { code: sheet.projectCode, period })} />
      {saving && <LinearProgress aria-label={translate('quarters.saving')} sx={{ position: 'sticky', top: 0, zIndex: 2 }} />}
      <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ justifyContent: 'space-between', alignItems: { md: 'flex-start' }, mb: 2 }}>
        <Box>
          <Button component={RouterLink} to={`/projects/${sheet.projectId}/show`} startIcon={<ArrowBackIcon aria-hidden />} size="small">
            {translate('quarters.back', { code: sheet.projectCode })}
          </Button>
          <Typography id="quarter-title" variant="h5" component="h1" sx={{ mt: 1 }}>
            {translate('quarters.heading', { period })}: {sheet.projectCode} {sheet.projectTitle}
          </Typography>
          <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1, flexWrap: 'wrap', alignItems: 'center' }}>
            <Chip icon={<EventIcon aria-hidden />} variant="outlined" label={translate('quarters.due', { date: longDay(sheet.dueDate) })} />
            <Chip
              color={STATE_COLOR[sheet.state]}
              variant={sheet.state === 'none' || sheet.state === 'not_due' ? 'outlined' : 'filled'}
              label={translate(`quarters.calendar.state.${sheet.state}`)}
              title={translate('quarters.state_label')}
              aria-label={`${translate('quarters.state_label')}: ${translate(`quarters.calendar.state.${sheet.state}`)}`}
              data-testid="quarter-state"
              data-state={sheet.state}
            />
            <Typography variant="body2" color="text.secondary" data-testid="quarter-phase">
              {translate('quarters.phase_then', { phase: translate(`enums.phase.${sheet.phase}`) })}
            </Typography>
            {Object.entries(counts).map(([status, n]) => (
              <Typography key={status} variant="body2" color="text.secondary">
                {translate('quarters.count', { smart_count: n, status: translate(status === 'missing' ? 'quarters.missing' : `enums.measurement_status.${status}`).toLocaleLowerCase(locale) })}
              </Typography>
            ))}
          </Stack>
        </Box>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Button
            aria-label={translate('quarters.previous', { period: addQuarters(period, -1) })}
            onClick={() => navigate(quarterEntryPath(projectId, addQuarters(period, -1)))}
            startIcon={<ChevronLeftIcon aria-hidden />}
            sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
          >
            {addQuarters(period, -1)}
          </Button>
          <TextField
            select
            size="small"
            label={translate('resources.measurements.fields.period')}
            value={period}
            onChange={(e) => navigate(quarterEntryPath(projectId, e.target.value))}
            sx={{ minWidth: 130 }}
          >
            {quarters.map((q) => <MenuItem key={q} value={q}>{q}</MenuItem>)}
          </TextField>
          <Button
            aria-label={translate('quarters.next', { period: addQuarters(period, 1) })}
            onClick={() => navigate(quarterEntryPath(projectId, addQuarters(period, 1)))}
            endIcon={<ChevronRightIcon aria-hidden />}
            sx={{ whiteSpace: 'nowrap', flexShrink: 0 }}
          >
            {addQuarters(period, 1)}
          </Button>
        </Stack>
      </Stack>

      {readOnly && <Alert severity="info" sx={{ mb: 2 }}>{translate('quarters.read_only')}</Alert>}
      {!readOnly && (
        <Card variant="outlined" sx={{ mb: 2 }}>
          <CardContent sx={{ '&:last-child': { pb: 2 } }}>
            <QuarterImport
              scope="projects"
              id={sheet.projectId}
              period={period}
              onApplied={() => {
                void queryClient.invalidateQueries({ queryKey: quarterKey(projectId, period) });
                void queryClient.invalidateQueries({ queryKey: projectQuartersKey(projectId) });
              }}
            />
          </CardContent>
        </Card>
      )}
      {formError && (
        <Alert severity="error" role="alert" sx={{ mb: 2 }} data-testid="quarter-error">
          <AlertTitle>{formError.message}</AlertTitle>
          {formError.details.length > 0 && <Box component="ul" sx={{ m: 0, pl: 2 }}>{formError.details.map((d) => <li key={d}>{d}</li>)}</Box>}
        </Alert>
      )}

      <StatusUpdateSection
        sheet={sheet}
        health={health}
        narrative={narrative}
        errors={errors}
        readOnly={readOnly}
        canReopen={canReopen === true}
        onHealth={form.setHealth}
        onNarrative={form.setNarrative}
        onReopen={form.reopen}
        day={longDay}
      />

      <Typography variant="h6" component="h2" sx={{ mt: 3, mb: 1 }}>{translate('quarters.indicators')}</Typography>
      {sheet.indicators.length === 0 ? (
        <Typography color="text.secondary">{translate('quarters.no_indicators')}</Typography>
      ) : (
        <Stack spacing={2}>
          {sheet.indicators.map((indicator) => (
            <IndicatorRow
              key={indicator.id}
              indicator={indicator}
              row={rows[indicator.id] ?? EMPTY_ROW}
              errors={errors}
              readOnly={readOnly || !indicator.editable}
              onChange={(patch) => form.setRow(indicator.id, patch)}
              locale={locale}
            />
          ))}
        </Stack>
      )}

      {!readOnly && (
        <Card variant="outlined" sx={{ mt: 3 }}>
          <CardContent sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', '&:last-child': { pb: 2 } }}>
            <Typography variant="body2" color="text.secondary" sx={{ maxWidth: 640 }}>
              {nothingToSubmit ? translate('quarters.all_submitted') : translate('quarters.submit_help')}
            </Typography>
            <Stack direction="row" spacing={1}>
              <Button
                variant="outlined"
                disabled={saving !== null || nothingToSubmit}
                onClick={() => void save(false)}
                startIcon={saving === 'draft' ? <CircularProgress size={16} color="inherit" aria-hidden /> : <SaveIcon aria-hidden />}
              >
                {translate('quarters.save_draft')}
              </Button>
              <Button
                variant="contained"
                disabled={saving !== null || nothingToSubmit}
                onClick={() => void save(true)}
                startIcon={saving === 'submit' ? <CircularProgress size={16} color="inherit" aria-hidden /> : <SendIcon aria-hidden />}
              >
                {translate('quarters.submit')}
              </Button>
            </Stack>
          </CardContent>
        </Card>
      )}
    </Box>
  );
}
