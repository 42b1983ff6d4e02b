import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import EventIcon from '@mui/icons-material/Event';
import SaveIcon from '@mui/icons-material/Save';
import SendIcon from '@mui/icons-material/Send';
import {
  Alert, AlertTitle, Box, Button, Card, CardContent, Chip, CircularProgress, FormControl, FormControlLabel, FormHelperText, FormLabel,
  LinearProgress, MenuItem, Radio, RadioGroup, Stack, TextField, Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useState } from 'react';
import { HttpError, Title, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { Link as RouterLink, useNavigate, useParams } from 'react-router-dom';
import { addQuarters, HEALTHS, isQuarter, type Health, type QuarterEntry as QuarterSheet, type QuarterIndicator, type QuarterInput } from '@lab/domain';
import { useCanWriteProject } from '../auth/useCanWriteProject';
import { day, formatIndicatorValue } from '../common/format';
import { MeasurementStatusChip } from '../common/StatusChip';
import { quarterChoices } from '../common/quarter';
import { fetchQuarter, saveQuarter } from './api';
import { quarterEntryPath } from './paths';
import { parseValue, rowErrors, type RowDraft } from './validation';

type Errors = Record<string, string>;
const valueKey = (indicatorId: number) => `indicator-${indicatorId}.value`;
const urlKey = (indicatorId: number) => `indicator-${indicatorId}.evidenceUrl`;
const noteKey = (indicatorId: number) => `indicator-${indicatorId}.note`;

function rowsOf(sheet: QuarterSheet): Record<number, RowDraft> {
  return Object.fromEntries(
    sheet.indicators.map((i) => [
      i.id,
      { value: i.measurement ? String(i.measurement.value).replace('.', ',') : '', note: i.measurement?.note ?? '', evidenceUrl: i.measurement?.evidenceUrl ?? '' },
    ]),
  );
}

export const quarterKey = (projectId: string, period: string) => ['quarter', projectId, period];

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

function QuarterEntry({ projectId, period }: { projectId: string; period: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const canWrite = useCanWriteProject('status-updates', Number(projectId));
  const { data: sheet, isPending, error } = useQuery({ queryKey: quarterKey(projectId, period), queryFn: () => fetchQuarter(projectId, period) });

  const [rows, setRows] = useState<Record<number, RowDraft>>({});
  const [health, setHealth] = useState<Health | ''>('');
  const [narrative, setNarrative] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<{ message: string; details: string[] } | null>(null);
  const [saving, setSaving] = useState<'draft' | 'submit' | null>(null);

  // The form starts from what is saved, and again after every save (the API answers the saved quarter).
  useEffect(() => {
    if (!sheet) return;
    setRows(rowsOf(sheet));
    setHealth(sheet.statusUpdate?.health ?? '');
    setNarrative(sheet.statusUpdate?.narrative ?? '');
  }, [sheet]);

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

  const editable = sheet.indicators.filter((i) => i.editable);
  const readOnly = !canWrite;
  const statusUpdateChanged = !sheet.statusUpdate || sheet.statusUpdate.health !== health || sheet.statusUpdate.narrative !== narrative;
  const nothingToSubmit = editable.length === 0 && !!sheet.statusUpdate?.submittedAt && !statusUpdateChanged;

  const setRow = (id: number, patch: Partial<RowDraft>) => {
    setRows((r) => ({ ...r, [id]: { ...r[id], ...patch } }));
    setErrors((e) => {
      const next = { ...e };
      for (const k of Object.keys(patch)) delete next[`indicator-${id}.${k}`];
      return next;
    });
  };

  const save = async (submit: boolean) => {
    setFormError(null);
    const found: Errors = {};
    for (const i of editable) {
      const e = rowErrors(rows[i.id] ?? { value: '', note: '', evidenceUrl: '' }, i.unit, submit);
      if (e.value) found[valueKey(i.id)] = translate(e.value);
      if (e.evidenceUrl) found[urlKey(i.id)] = translate(e.evidenceUrl);
    }
    const wantsUpdate = health !== '' || narrative.trim() !== '';
    if (submit || wantsUpdate) {
      if (!health) found['statusUpdate.health'] = translate('quarters.validation.health');
      if (!narrative.trim()) found['statusUpdate.narrative'] = translate('quarters.validation.narrative');
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFormError({ message: translate('quarters.validation.fix', { smart_count: Object.keys(found).length }), details: [] });
      return;
    }

    const sent = editable.filter((i) => parseValue(rows[i.id]?.value ?? '') !== null);
    const input: QuarterInput = {
      measurements: sent.map((i) => ({
        indicatorId: i.id,
        value: parseValue(rows[i.id].value) as number,
        note: rows[i.id].note.trim() || null,
        evidenceUrl: rows[i.id].evidenceUrl.trim() || null,
      })),
      ...(health && narrative.trim() && statusUpdateChanged ? { statusUpdate: { health, narrative: narrative.trim() } } : {}),
      ...(submit ? { submit: true } : {}),
    };
    setSaving(submit ? 'submit' : 'draft');
    try {
      const saved = await saveQuarter(projectId, period, input);
      queryClient.setQueryData(quarterKey(projectId, period), saved);
      // The calendar, the queues and the counts on the home page follow.
      void queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'quarter' });
      notify(submit ? 'quarters.submitted' : 'quarters.saved', { type: 'success', messageArgs: { period } });
    } catch (e) {
      const body = (e instanceof HttpError ? e.body : null) as { errors?: Record<string, string>; unmet?: { message: string }[] } | null;
      const fieldErrors: Errors = {};
      const other: string[] = [];
      for (const [field, message] of Object.entries(body?.errors ?? {})) {
        const m = /^measurements\.(\d+)\.(value|note|evidenceUrl)$/.exec(field);
        const indicator = m ? sent[Number(m[1])] : undefined;
        if (m && indicator) fieldErrors[`indicator-${indicator.id}.${m[2]}`] = message;
        else if (field === 'statusUpdate.health' || field === 'statusUpdate.narrative') fieldErrors[field] = message;
        // "statusUpdate is required to submit the quarter": said beside the narrative, where the user writes it.
        else if (field === 'statusUpdate') fieldErrors['statusUpdate.narrative'] = message;
        else other.push(message);
      }
      setErrors(fieldErrors);
      const message = (e as Error)?.message ?? 'ra.notification.http_error';
      setFormError({ message: translate(message, { _: message }), details: [...other, ...(body?.unmet ?? []).map((u) => u.message)] });
    } finally {
      setSaving(null);
    }
  };

  const counts = sheet.indicators.reduce<Record<string, number>>((acc, i) => {
    const s = i.measurement?.status ?? 'missing';
    acc[s] = (acc[s] ?? 0) + 1;
    return acc;
  }, {});

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
            {sheet.overdue && <Chip color="error" label={translate('app.overdue')} />}
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
        onHealth={(h) => { setHealth(h); setErrors(({ ['statusUpdate.health']: _, ...rest }) => rest); }}
        onNarrative={(n) => { setNarrative(n); if (n.trim()) setErrors(({ ['statusUpdate.narrative']: _, ...rest }) => rest); }}
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
              row={rows[indicator.id] ?? { value: '', note: '', evidenceUrl: '' }}
              errors={errors}
              readOnly={readOnly || !indicator.editable}
              onChange={(patch) => setRow(indicator.id, patch)}
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

function StatusUpdateSection({ sheet, health, narrative, errors, readOnly, onHealth, onNarrative, day }: {
  sheet: QuarterSheet;
  health: Health | '';
  narrative: string;
  errors: Errors;
  readOnly: boolean;
  onHealth: (h: Health) => void;
  onNarrative: (n: string) => void;
  day: (iso: string) => string;
}) {
  const translate = useTranslate();
  const headingId = useId();
  const healthId = useId();
  return (
    <Card variant="outlined" component="section" aria-labelledby={headingId}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
          <Typography id={headingId} variant="h6" component="h2">{translate('quarters.status_update')}</Typography>
          {sheet.statusUpdate?.submittedAt
            ? <Chip size="small" color="secondary" label={translate('quarters.status_update_submitted', { date: day(sheet.statusUpdate.submittedAt) })} />
            : sheet.statusUpdate ? <Chip size="small" variant="outlined" label={translate('enums.measurement_status.draft')} /> : null}
        </Stack>
        <FormControl error={!!errors['statusUpdate.health']} disabled={readOnly} sx={{ mb: 2 }} component="fieldset">
          <FormLabel id={healthId} component="legend">{translate('resources.status-updates.fields.health')}</FormLabel>
          <RadioGroup row aria-labelledby={healthId} value={health} onChange={(e) => onHealth(e.target.value as Health)}>
            {HEALTHS.map((h) => <FormControlLabel key={h} value={h} control={<Radio />} label={translate(`enums.health.${h}`)} />)}
          </RadioGroup>
          {errors['statusUpdate.health'] && <FormHelperText>{errors['statusUpdate.health']}</FormHelperText>}
        </FormControl>
        <TextField
          label={translate('resources.status-updates.fields.narrative')}
          value={narrative}
          onChange={(e) => onNarrative(e.target.value)}
          multiline
          minRows={3}
          fullWidth
          disabled={readOnly}
          error={!!errors['statusUpdate.narrative']}
          helperText={errors['statusUpdate.narrative'] ?? translate('quarters.narrative_help')}
        />
      </CardContent>
    </Card>
  );
}

function IndicatorRow({ indicator, row, errors, readOnly, onChange, locale }: {
  indicator: QuarterIndicator;
  row: RowDraft;
  errors: Errors;
  readOnly: boolean;
  onChange: (patch: Partial<RowDraft>) => void;
  locale: string;
}) {
  const translate = useTranslate();
  const headingId = useId();
  const fmt = (v: number | null) => formatIndicatorValue(v, indicator.unit, locale);
  const m = indicator.measurement;
  const unitName = translate(`enums.indicator_unit.${indicator.unit}`);
  return (
    <Card variant="outlined" component="section" aria-labelledby={headingId} data-testid={`quarter-indicator-${indicator.id}`}>
      <CardContent>
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', flexWrap: 'wrap', mb: 1 }}>
          <Typography id={headingId} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>{indicator.name}</Typography>
          {m ? <MeasurementStatusChip status={m.status} /> : <Chip size="small" variant="outlined" label={translate('quarters.missing')} />}
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {translate('resources.indicators.fields.unit')}: {unitName} · {translate('resources.indicators.card.baseline')}: {fmt(indicator.baselineValue)} ·{' '}
          {translate('quarters.target_in_force')}: {fmt(indicator.targetValue)} · {translate(`resources.indicators.direction_better.${indicator.direction}`)}
        </Typography>
        {m?.status === 'returned' && m.reviewComment && (
          <Alert severity="warning" sx={{ mb: 2 }}>
            <strong>{translate('resources.measurements.fields.reviewComment')}:</strong> {m.reviewComment}
          </Alert>
        )}
        {!indicator.editable && m && (
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('quarters.locked_value', { value: fmt(m.value) })} {translate(`reviews.locked.${m.status}`)}
          </Alert>
        )}
        {indicator.editable && (
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '230px 1fr 1fr' } }}>
            <TextField
              label={translate('quarters.value', { unit: unitName })}
              value={row.value}
              onChange={(e) => onChange({ value: e.target.value })}
              disabled={readOnly}
              required
              slotProps={{ htmlInput: { inputMode: 'decimal' } }}
              error={!!errors[valueKey(indicator.id)]}
              helperText={errors[valueKey(indicator.id)] ?? translate(`quarters.unit_help.${indicator.unit}`, { _: ' ' })}
            />
            <TextField
              label={translate('resources.measurements.fields.note')}
              value={row.note}
              onChange={(e) => onChange({ note: e.target.value })}
              disabled={readOnly}
              multiline
              error={!!errors[noteKey(indicator.id)]}
              helperText={errors[noteKey(indicator.id)] ?? translate('app.privacy')}
            />
            <TextField
              label={translate('resources.measurements.fields.evidenceUrl')}
              value={row.evidenceUrl}
              onChange={(e) => onChange({ evidenceUrl: e.target.value })}
              disabled={readOnly}
              type="url"
              error={!!errors[urlKey(indicator.id)]}
              helperText={errors[urlKey(indicator.id)] ?? translate('resources.measurements.helper.evidenceUrl')}
            />
          </Box>
        )}
      </CardContent>
    </Card>
  );
}
