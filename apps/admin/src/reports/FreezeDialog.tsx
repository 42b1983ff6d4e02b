import AcUnitIcon from '@mui/icons-material/AcUnit';
import {
  Alert, Box, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, LinearProgress, TextField, Typography,
} from '@mui/material';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { freezeReport } from './api';

/** Freezes the next version of the report, with an optional note, after saying what is still pending. */
export function FreezeDialog({ lab, quarter, pending, next, onClose }: { lab: number; quarter: string; pending: number; next: number; onClose: () => void }) {
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
        <Alert severity="info" sx={{ mb: 2 }}>{translate('reports.freeze.closes', { quarter })}</Alert>
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
