import UploadFileIcon from '@mui/icons-material/UploadFile';
import {
  Alert, AlertTitle, Box, Button, Chip, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, Stack, Table, TableBody, TableCell,
  TableHead, TableRow, Typography,
} from '@mui/material';
import { useRef, useState } from 'react';
import { HttpError, useLocaleState, useTranslate } from 'react-admin';
import { IMPORT_FILE_FIELD, type ErrorBody, type ImportRowState, type QuarterImportResult, type QuarterImportRow } from '@lab/domain';
import { translatedFieldErrors } from '../common/field-errors';
import { httpClient } from '../data-provider';
import { DownloadButton } from '../reports/DownloadButton';

type Scope = 'projects' | 'labs';

const STATE_COLOR: Record<ImportRowState, 'default' | 'success' | 'info' | 'error'> = {
  new: 'success', changed: 'info', unchanged: 'default', empty: 'default', refused: 'error',
};

const base = (scope: Scope, id: number | string, period: string) => `/api/${scope}/${id}/quarters/${encodeURIComponent(period)}`;

/** POST …/import with the file: a dry run, or applying as draft or submitted. A refused apply answers 422 with the rows. */
async function sendImport(scope: Scope, id: number | string, period: string, file: File, dryRun: boolean, submit: boolean): Promise<QuarterImportResult> {
  const form = new FormData();
  form.append(IMPORT_FILE_FIELD, file);
  try {
    return (await httpClient(`${base(scope, id, period)}/import?dryRun=${dryRun}&submit=${submit}`, { method: 'POST', body: form })).json as QuarterImportResult;
  } catch (error) {
    const body = (error instanceof HttpError ? error.body : null) as (ErrorBody & { import?: QuarterImportResult }) | null;
    if (body?.import) return body.import;
    throw error;
  }
}

/**
 * The quarter's spreadsheet on the entry (a project) or the report page (a whole lab, administrators): the
 * template to download, and an import that first shows per row what would happen (the dry run), then saves as
 * draft or submitted, and says what it did.
 */
export function QuarterImport({ scope, id, period, onApplied, compact = false }: {
  scope: Scope;
  id: number | string;
  period: string;
  onApplied?: () => void;
  compact?: boolean;
}) {
  const translate = useTranslate();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<QuarterImportResult | null>(null);
  const [result, setResult] = useState<QuarterImportResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'reading' | 'draft' | 'submit' | null>(null);
  const lab = scope === 'labs';

  const failed = (e: unknown) => {
    const body = (e instanceof HttpError ? e.body : null) as Partial<ErrorBody> | null;
    // The file's own problem (not XLSX, another quarter's template, …) in the user's language.
    const words = body?.errors ? Object.values(translatedFieldErrors(body.errors, body.fieldCodes))[0] : null;
    const message = (e as Error)?.message ?? 'ra.notification.http_error';
    setError(words ?? translate(message, { _: message }));
  };

  const read = async (chosen: File) => {
    setFile(chosen);
    setError(null);
    setResult(null);
    setBusy('reading');
    try {
      setPreview(await sendImport(scope, id, period, chosen, true, false));
    } catch (e) {
      failed(e);
    } finally {
      setBusy(null);
      if (input.current) input.current.value = '';
    }
  };

  const apply = async (submit: boolean) => {
    if (!file) return;
    setBusy(submit ? 'submit' : 'draft');
    try {
      const done = await sendImport(scope, id, period, file, false, submit);
      setPreview(null);
      setResult(done);
      if (done.applied) onApplied?.();
    } catch (e) {
      setPreview(null);
      failed(e);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Box data-testid={`quarter-import-${scope}`}>
      <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center' }}>
        <DownloadButton
          url={`${base(scope, id, period)}/template.xlsx`}
          fileName={`kwartaal-${period}.xlsx`}
          label={translate(lab ? 'quarters.import.download_lab' : 'quarters.import.download')}
          size={compact ? 'small' : 'medium'}
        />
        <Button
          variant="outlined"
          size={compact ? 'small' : 'medium'}
          startIcon={busy === 'reading' ? <CircularProgress size={16} color="inherit" aria-hidden /> : <UploadFileIcon aria-hidden />}
          disabled={busy !== null}
          onClick={() => input.current?.click()}
        >
          {translate(lab ? 'quarters.import.upload_lab' : 'quarters.import.upload')}
        </Button>
        <input
          ref={input}
          type="file"
          hidden
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid={`quarter-import-file-${scope}`}
          onChange={(e) => { const chosen = e.target.files?.[0]; if (chosen) void read(chosen); }}
        />
      </Stack>
      {!compact && <Typography variant="body2" color="text.secondary" sx={{ mt: 1, maxWidth: 720 }}>{translate('quarters.import.help')}</Typography>}
      {busy === 'reading' && <Typography role="status" variant="body2" sx={{ mt: 1 }}>{translate('quarters.import.reading')}</Typography>}
      {error && <Alert severity="error" role="alert" sx={{ mt: 1 }} data-testid="quarter-import-error" onClose={() => setError(null)}>{error}</Alert>}
      {result && (
        <Alert
          severity={result.applied ? 'success' : 'error'}
          role="status"
          sx={{ mt: 1 }}
          data-testid="quarter-import-result"
          data-applied={String(result.applied)}
          onClose={() => setResult(null)}
        >
          <AlertTitle>
            {result.applied
              ? translate(result.submit ? 'quarters.import.applied_submit' : 'quarters.import.applied', result.counts)
              : translate('quarters.import.not_applied', result.counts)}
          </AlertTitle>
          <ImportRows result={result} />
        </Alert>
      )}

      <Dialog open={preview !== null} onClose={() => busy === null && setPreview(null)} maxWidth="lg" fullWidth aria-labelledby="quarter-import-preview-title">
        <DialogTitle id="quarter-import-preview-title">{translate('quarters.import.preview_title', { name: file?.name ?? '' })}</DialogTitle>
        <DialogContent data-testid="quarter-import-preview">
          {preview && (
            <>
              <Typography variant="body2" sx={{ mb: 1 }}>{translate('quarters.import.preview_intro', { period: preview.period })}</Typography>
              {preview.counts.refused > 0 && <Alert severity="warning" sx={{ mb: 1 }}>{translate('quarters.import.refused_intro')}</Alert>}
              <ImportRows result={preview} />
            </>
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setPreview(null)} disabled={busy !== null}>{translate('quarters.import.cancel')}</Button>
          <Button variant="outlined" onClick={() => void apply(false)} disabled={busy !== null}
            startIcon={busy === 'draft' ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}>
            {translate('quarters.import.apply_draft')}
          </Button>
          <Button variant="contained" onClick={() => void apply(true)} disabled={busy !== null}
            startIcon={busy === 'submit' ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}>
            {translate('quarters.import.apply_submit')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
}

/** The rows of an import as a table: where in the file, which indicator, old → new, and the state or the reason. */
function ImportRows({ result }: { result: QuarterImportResult }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const several = result.projects.length > 1;
  const shown = (v: unknown) => {
    if (v === null || v === undefined || v === '') return translate('quarters.import.nothing');
    if (typeof v === 'number') return v.toLocaleString(locale);
    if (typeof v === 'object') return Object.entries(v as Record<string, Record<string, number>>).map(([k, cells]) => `${k}: ${Object.values(cells).reduce((a, b) => a + b, 0).toLocaleString(locale)}`).join('; ');
    const text = String(v);
    return text.length > 60 ? `${text.slice(0, 57)}…` : text;
  };
  const field = (f: string) => translate(`quarters.import.field.${f.split('.')[0]}`, { _: f });
  const reasonsOf = (row: QuarterImportRow) => translatedFieldErrors(row.reasons, row.reasonCodes);
  return (
    <>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="quarter-import-counts">
        {translate('quarters.import.counts', result.counts)}
      </Typography>
      <Table size="small" aria-label={translate('quarters.import.preview_title', { name: '' })}>
        <TableHead>
          <TableRow>
            {several && <TableCell>{translate('quarters.import.sheet')}</TableCell>}
            <TableCell>{translate('quarters.import.row')}</TableCell>
            <TableCell>{translate('quarters.import.indicator')}</TableCell>
            <TableCell>{translate('quarters.import.change')}</TableCell>
            <TableCell>{translate('quarters.import.state_label')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {result.rows.map((row) => (
            <TableRow key={`${row.sheet}-${row.row}-${row.kind}`} data-testid="quarter-import-row" data-state={row.state}>
              {several && <TableCell>{row.projectCode}</TableCell>}
              <TableCell>{row.row}</TableCell>
              <TableCell>{row.kind === 'statusUpdate' ? translate('quarters.import.status_update') : row.indicator ?? `#${row.indicatorId ?? '?'}`}</TableCell>
              <TableCell>
                {row.changes.length === 0 ? translate('quarters.import.nothing') : row.changes.map((c) => (
                  <div key={c.field}>
                    {field(c.field)}: {c.field === 'status' || c.field === 'health'
                      ? [c.old, c.new].map((v) => (v ? translate(`enums.${c.field === 'status' ? 'measurement_status' : 'health'}.${v}`, { _: String(v) }) : translate('quarters.import.nothing'))).join(' → ')
                      : `${shown(c.old)} → ${shown(c.new)}`}
                  </div>
                ))}
              </TableCell>
              <TableCell>
                <Chip size="small" color={STATE_COLOR[row.state]} label={translate(`quarters.import.state.${row.state}`)} />
                {Object.entries(reasonsOf(row)).map(([f, words]) => (
                  <Typography key={f} variant="body2" color="error" data-testid="quarter-import-reason">{field(f)}: {words}</Typography>
                ))}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="caption" color="text.secondary">{translate('quarters.import.took', { ms: result.tookMs })}</Typography>
    </>
  );
}
