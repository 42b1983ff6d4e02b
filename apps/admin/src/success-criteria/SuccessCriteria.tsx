import EditNoteIcon from '@mui/icons-material/EditNote';
import HistoryIcon from '@mui/icons-material/History';
import {
  Alert, Box, Button, Chip, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Paper, Stack, TextField as MuiTextField, Typography,
} from '@mui/material';
import { useState, type FormEvent } from 'react';
import {
  AutocompleteInput, Datagrid, HttpError, List, ReferenceField, ReferenceInput, Show, SimpleShowLayout, TextField, useCanAccess, useGetList,
  useLocaleState, useNotify, useRecordContext, useRefresh, useTranslate, type RaRecord,
} from 'react-admin';
import type { CriterionJudgement, ErrorBody, Words } from '@lab/domain';
import { translatedFieldErrors } from '../common/field-errors';
import { DayField, DecimalField } from '../common/fields';
import { day, decimal, dayText, instant, parseDayText } from '../common/format';
import { httpClient } from '../data-provider';

const say = (words: Words | null | undefined, locale: string) => (words ? (locale === 'en' ? words.en : words.nl) : '');
const STATUS_COLOURS = { met: 'success', unmet: 'warning', no_data: 'default' } as const;

/** Met, not met or no data yet, in words; the colour only repeats them. */
export function CriterionStatusChip({ judgement }: { judgement: CriterionJudgement | null | undefined }) {
  const translate = useTranslate();
  if (!judgement) return null;
  return (
    <Chip
      size="small" color={STATUS_COLOURS[judgement.status]} variant={judgement.status === 'met' ? 'filled' : 'outlined'}
      label={translate(`resources.success-criteria.status.${judgement.status}`)} data-testid="criterion-status" data-status={judgement.status}
    />
  );
}

/** The flag of a criterion revised once approved measurements existed. */
export function ChangedAfterResultsChip({ criterion }: { criterion: RaRecord }) {
  const translate = useTranslate();
  if (!criterion.changedAfterResults) return null;
  return (
    <Chip
      size="small" color="error" variant="outlined" icon={<HistoryIcon aria-hidden />} data-testid="changed-after-results"
      label={translate('resources.success-criteria.changed_after_results')} title={translate('resources.success-criteria.changed_after_results_help')}
    />
  );
}

function StatusField(_props: { label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  return record ? <CriterionStatusChip judgement={record.judgement as CriterionJudgement} /> : null;
}

function FlagField(_props: { label?: string; sortable?: boolean }) {
  const record = useRecordContext();
  return record ? <ChangedAfterResultsChip criterion={record} /> : null;
}

const filters = [
  <ReferenceInput key="projectId" source="projectId" reference="projects" sort={{ field: 'code', order: 'ASC' }} alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
];

export function SuccessCriterionList() {
  return (
    <List filters={filters} sort={{ field: 'id', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <ReferenceField source="projectId" reference="projects" link="show" />
        <TextField source="indicatorName" sortable={false} />
        <DecimalField source="value" sortable={false} />
        <DayField source="byDate" />
        <StatusField label="resources.success-criteria.fields.judgement" sortable={false} />
        <FlagField label="resources.success-criteria.fields.changedAfterResults" sortable={false} />
      </Datagrid>
    </List>
  );
}

export function SuccessCriterionShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <ReferenceField source="projectId" reference="projects" link="show" />
        <CriterionCardField />
      </SimpleShowLayout>
    </Show>
  );
}

function CriterionCardField(_props: { label?: string }) {
  const record = useRecordContext();
  return record ? <CriterionCard criterion={record} /> : null;
}

/** One criterion: its threshold, whether the approved figures meet it (with their evidence level), its revisions. */
export function CriterionCard({ criterion }: { criterion: RaRecord }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [revising, setRevising] = useState(false);
  const canRevise = useCanAccess({ resource: 'success-criteria', action: 'edit', record: criterion });
  const t = (key: string, args?: object) => translate(`resources.success-criteria.${key}`, args);
  const judgement = criterion.judgement as CriterionJudgement | null;
  const revisions = (criterion.revisions ?? []) as RaRecord[];
  return (
    <Paper variant="outlined" sx={{ p: 1.5, mb: 1 }} data-testid={`criterion-${criterion.id}`}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 0.5 }}>
        <Typography variant="subtitle2" component="h3">{criterion.indicatorName}</Typography>
        <Typography variant="body2">{t('threshold', { value: decimal(criterion.value, locale), date: day(criterion.byDate, locale) })}</Typography>
        <CriterionStatusChip judgement={judgement} />
        <ChangedAfterResultsChip criterion={criterion} />
        {canRevise.canAccess && (
          <Button size="small" startIcon={<EditNoteIcon />} onClick={() => setRevising(true)}>{t('revise.button')}</Button>
        )}
      </Stack>
      {judgement && (
        <Typography variant="body2" color="text.secondary">
          {judgement.figure === null ? t('no_figure') : t('figure', { figure: decimal(judgement.figure, locale) })} {say(judgement.evidence.explanation, locale)}
        </Typography>
      )}
      {revisions.length > 0 && (
        <Box sx={{ mt: 1 }}>
          <Typography variant="caption" component="h4">{t('revisions')}</Typography>
          <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
            {revisions.map((r) => (
              <li key={r.id} data-testid="criterion-revision" data-changed-after-results={String(r.changedAfterResults)}>
                <Typography variant="body2" component="span">
                  {t('revision_line', {
                    date: instant(r.revisedAt, locale), oldValue: decimal(r.oldValue, locale), oldDate: day(r.oldDate, locale),
                    newValue: decimal(r.newValue, locale), newDate: day(r.newDate, locale), reason: r.reason,
                  })}
                </Typography>
                {r.changedAfterResults && <> <Chip size="small" variant="outlined" color="error" label={t('changed_after_results')} /></>}
              </li>
            ))}
          </Box>
        </Box>
      )}
      {revising && <ReviseDialog criterion={criterion} onClose={() => setRevising(false)} />}
    </Paper>
  );
}

/** A project's hypothesis and success criteria, for the project page. */
export function ProjectCriteria({ projectId }: { projectId: number }) {
  const translate = useTranslate();
  const { data = [], isPending } = useGetList('success-criteria', { filter: { projectId }, pagination: { page: 1, perPage: 100 }, sort: { field: 'id', order: 'ASC' } });
  const t = (key: string) => translate(`resources.success-criteria.${key}`);
  if (isPending) return null;
  return (
    <Box component="section" sx={{ mb: 3 }} data-testid="project-criteria">
      <Typography variant="h6" component="h2" gutterBottom>{t('title')}</Typography>
      {data.length === 0 ? (
        <Typography variant="body2" color="text.secondary">{t('none')}</Typography>
      ) : (
        <>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>{t('intro')}</Typography>
          {data[0].hypothesis && (
            <Typography variant="body2" sx={{ mb: 1 }}><strong>{t('hypothesis')}:</strong> {data[0].hypothesis}</Typography>
          )}
          {data.map((c) => <CriterionCard key={c.id} criterion={c} />)}
        </>
      )}
    </Box>
  );
}

function ReviseDialog({ criterion, onClose }: { criterion: RaRecord; onClose: () => void }) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const t = (key: string, args?: object) => translate(`resources.success-criteria.revise.${key}`, args);
  const [value, setValue] = useState(String(criterion.value));
  const [byDate, setByDate] = useState(dayText(criterion.byDate));
  const [reason, setReason] = useState('');
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setErrors({});
    setMessage(null);
    const number = value.trim() === '' ? null : Number(value.replace(',', '.'));
    const date = parseDayText(byDate) ?? (byDate.trim() || null);
    try {
      await httpClient(`/api/success-criteria/${criterion.id}/revisions`, {
        method: 'POST',
        body: JSON.stringify({
          value: number !== null && number !== criterion.value ? (Number.isNaN(number) ? value : number) : undefined,
          byDate: date !== null && date !== criterion.byDate ? date : undefined, reason,
        }),
      });
      notify(t('done'), { type: 'success' });
      refresh();
      onClose();
    } catch (e) {
      const body = (e instanceof HttpError ? e.body : undefined) as Partial<ErrorBody> | undefined;
      setErrors(translatedFieldErrors(body?.errors ?? {}, body?.fieldCodes));
      setMessage(e instanceof Error ? e.message : null);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open onClose={saving ? undefined : onClose} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle>{t('title', { indicator: criterion.indicatorName })}</DialogTitle>
        <DialogContent>
          <DialogContentText variant="body2" sx={{ mb: 2 }}>{t('intro')}</DialogContentText>
          {message && Object.keys(errors).length === 0 && <Alert severity="error" role="alert" sx={{ mb: 2 }}>{message}</Alert>}
          <MuiTextField label={t('value')} value={value} onChange={(e) => setValue(e.target.value)} fullWidth margin="dense"
            inputMode="decimal" error={!!errors.value} helperText={errors.value} />
          <MuiTextField label={t('by_date')} value={byDate} onChange={(e) => setByDate(e.target.value)} fullWidth margin="dense"
            error={!!errors.byDate} helperText={errors.byDate} />
          <MuiTextField label={t('reason')} value={reason} onChange={(e) => setReason(e.target.value)} fullWidth margin="dense" multiline minRows={2}
            required error={!!errors.reason} helperText={errors.reason} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={saving}>{translate('ra.action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={saving}>{t('submit')}</Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
