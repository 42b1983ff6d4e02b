import { Alert, Box, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useId, useState, type FormEvent } from 'react';
import { useTranslate } from 'react-admin';

/** Asks the reason a submitted status update is reopened for; it goes on record with the reopening. */
export function ReopenDialog({ period, onClose, onSubmit }: {
  period: string;
  onClose: () => void;
  /** Answers the refusal to show, or null when it was reopened. */
  onSubmit: (reason: string) => Promise<string | null>;
}) {
  const translate = useTranslate();
  const titleId = useId();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    setSaving(true);
    const refused = await onSubmit(reason);
    setSaving(false);
    setRefusal(refused);
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <Box component="form" onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{translate('quarters.reopen_dialog.title', { period })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate('quarters.reopen_dialog.intro')}</DialogContentText>
          {refusal && <Alert severity="error" role="alert" sx={{ mb: 2 }}>{refusal}</Alert>}
          <TextField
            autoFocus
            fullWidth
            multiline
            minRows={3}
            required
            label={translate('quarters.reopen_dialog.label')}
            value={reason}
            onChange={(e) => { setReason(e.target.value); if (e.target.value.trim()) setMissing(false); }}
            error={missing}
            helperText={missing ? translate('quarters.reopen_dialog.required') : translate('app.privacy')}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <Button
            type="submit"
            variant="contained"
            disabled={saving}
            startIcon={saving ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}
          >
            {translate('quarters.reopen')}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
