import SendIcon from '@mui/icons-material/Send';
import { Alert, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { HttpError, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { amsterdamDay, sendingProblem, type FrozenReportVersion } from '@lab/domain';
import { day } from '../common/format';
import { sendReport } from './api';

/**
 * Records that a frozen version went to the council: the day (today unless changed, never in the future nor
 * before the freeze) and an optional note. The same rule as the API's judges the day before it is sent.
 */
export function SendDialog({ version: v, lab, quarter, onClose }: { version: FrozenReportVersion; lab: number; quarter: string; onClose: () => void }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const titleId = useId();
  const [sentOn, setSentOn] = useState(() => amsterdamDay(new Date()));
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [serverFieldError, setServerFieldError] = useState<string | null>(null);
  const frozenAt = new Date(v.frozenAt);
  const problem = sendingProblem(sentOn, frozenAt, new Date());
  const fieldError = problem
    ? translate(`reports.send.errors.${problem.reason}`, { date: day(problem.frozenOn, locale) })
    : serverFieldError;
  const label = `v${v.version}`;

  const send = async () => {
    if (problem) return;
    setSaving(true);
    setFailure(null);
    setServerFieldError(null);
    try {
      const sent = await sendReport(v.id, sentOn, note);
      await queryClient.invalidateQueries({ queryKey: ['report-versions', lab, quarter] });
      notify('reports.send.done', { type: 'success', messageArgs: { version: label, date: day(sent.sentOn, locale) } });
      onClose();
    } catch (error) {
      const body = error instanceof HttpError ? (error.body as { errors?: Record<string, string> } | undefined) : undefined;
      if (body?.errors?.sentOn) setServerFieldError(body.errors.sentOn);
      const message = (error as Error)?.message ?? 'ra.notification.http_error';
      setFailure(translate(message, { _: message }));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open onClose={saving ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <DialogTitle id={titleId}>{translate('reports.send.title', { version: label })}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{translate('reports.send.intro', { version: label, quarter })}</DialogContentText>
        {failure && <Alert severity="error" role="alert" sx={{ mb: 2 }}>{failure}</Alert>}
        <TextField
          type="date"
          label={translate('reports.send.date')}
          value={sentOn}
          onChange={(e) => { setSentOn(e.target.value); setServerFieldError(null); }}
          error={Boolean(fieldError)}
          helperText={fieldError ?? translate('reports.send.date_help', { frozen: day(amsterdamDay(frozenAt), locale) })}
          required
          disabled={saving}
          sx={{ mb: 2, mt: 1 }}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: amsterdamDay(frozenAt), max: amsterdamDay(new Date()) } }}
        />
        <TextField
          label={translate('reports.send.note')}
          helperText={translate('reports.send.note_help')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          fullWidth
          multiline
          minRows={2}
          disabled={saving}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={saving}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          onClick={() => void send()}
          disabled={saving || Boolean(problem)}
          startIcon={saving ? <CircularProgress size={16} color="inherit" aria-hidden /> : <SendIcon aria-hidden />}
        >
          {translate('reports.send.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
