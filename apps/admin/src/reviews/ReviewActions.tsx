import CheckIcon from '@mui/icons-material/Check';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import SendIcon from '@mui/icons-material/Send';
import UndoIcon from '@mui/icons-material/Undo';
import {
  Alert, Box, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TextField,
} from '@mui/material';
import { useId, useState, type FormEvent, type MouseEvent } from 'react';
import { useCanAccess, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { MeasurementContext, MeasurementRecord, ReviewAction } from '@lab/domain';
import { REVIEW_ACTION, SUBMIT_ACTION } from '../auth/access';
import { refusalOf, reviewMeasurement } from './api';
import { measurementSubject } from './subject';

/** The record the buttons act on: a measurement row or the measurement itself. */
export type Reviewable = Pick<MeasurementRecord, 'id' | 'status' | 'period'> & { projectId?: number; indicatorId?: number; context?: MeasurementContext };

const ICONS: Record<ReviewAction, typeof SendIcon> = { submit: SendIcon, approve: CheckIcon, return: UndoIcon, reopen: LockOpenIcon };

/** Which steps the signed-in user may take on this measurement now (the API still judges). */
export function useReviewSteps(measurement: Reviewable | undefined): ReviewAction[] {
  const record = measurement as unknown as Record<string, unknown> | undefined;
  const submit = useCanAccess({ resource: 'measurements', action: SUBMIT_ACTION, record });
  const review = useCanAccess({ resource: 'measurements', action: REVIEW_ACTION, record });
  if (!measurement) return [];
  const mayReview = review.canAccess === true;
  switch (measurement.status) {
    case 'draft':
    case 'returned':
      return submit.canAccess === true ? ['submit'] : [];
    case 'submitted':
      return mayReview ? ['approve', 'return'] : [];
    case 'approved':
      return mayReview ? ['reopen'] : [];
    default:
      return [];
  }
}

export interface ReviewActionsProps {
  measurement: Reviewable;
  /** Only these steps (e.g. the queue rows leave out reopening). */
  only?: readonly ReviewAction[];
  /** What names the measurement in labels, dialogs and messages; by default its project, indicator and quarter in words. */
  subject?: string;
  size?: 'small' | 'medium';
  onDone?: (measurement: MeasurementRecord, action: ReviewAction) => void;
}

/**
 * The review buttons of a measurement for the signed-in user and its status: Indienen for the team,
 * Goedkeuren and Terugsturen (with a comment) and Heropenen (with a reason) for the focus team.
 */
export function ReviewActions({ measurement, only, subject, size = 'medium', onDone }: ReviewActionsProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const steps = useReviewSteps(measurement).filter((s) => !only || only.includes(s));
  const [busy, setBusy] = useState<ReviewAction | null>(null);
  const [asking, setAsking] = useState<'return' | 'reopen' | null>(null);
  const named = subject ?? measurementSubject(measurement);

  const run = async (action: ReviewAction, comment?: string) => {
    setBusy(action);
    try {
      const saved = await reviewMeasurement(measurement.id, action, comment);
      notify(`reviews.done.${action}`, { type: 'success', messageArgs: { subject: named } });
      onDone?.(saved, action);
      refresh();
      return null;
    } catch (error) {
      const refusal = refusalOf(error);
      if (!comment) notify([refusal.message, ...refusal.unmet].join(' '), { type: 'error' });
      return refusal;
    } finally {
      setBusy(null);
    }
  };

  if (steps.length === 0) return null;
  const stop = (e: MouseEvent) => e.stopPropagation();
  return (
    <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }} onClick={stop}>
      {steps.map((action) => {
        const Icon = ICONS[action];
        const label = translate(`reviews.actions.${action}`);
        return (
          <Button
            key={action}
            size={size}
            variant={action === 'approve' || action === 'submit' ? 'contained' : 'outlined'}
            color={action === 'return' ? 'warning' : 'primary'}
            startIcon={busy === action ? <CircularProgress size={16} color="inherit" aria-hidden /> : <Icon aria-hidden />}
            disabled={busy !== null}
            aria-label={`${label}: ${named}`}
            onClick={(e) => {
              e.stopPropagation();
              if (action === 'return' || action === 'reopen') setAsking(action);
              else void run(action);
            }}
          >
            {label}
          </Button>
        );
      })}
      {asking && (
        <CommentDialog
          action={asking}
          subject={named}
          onClose={() => setAsking(null)}
          onSubmit={async (comment) => {
            const refusal = await run(asking, comment);
            if (!refusal) setAsking(null);
            return refusal;
          }}
        />
      )}
    </Stack>
  );
}

/** Asks the comment a return needs (what to fix) or the reason a reopening needs; both go on record. */
function CommentDialog({ action, subject, onClose, onSubmit }: {
  action: 'return' | 'reopen';
  subject: string;
  onClose: () => void;
  onSubmit: (comment: string) => Promise<{ message: string; unmet: string[] } | null>;
}) {
  const translate = useTranslate();
  const titleId = useId();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const [refusal, setRefusal] = useState<{ message: string; unmet: string[] } | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    e.stopPropagation();
    if (!comment.trim()) {
      setMissing(true);
      return;
    }
    setSaving(true);
    setRefusal(await onSubmit(comment));
    setSaving(false);
  };

  return (
    <Dialog open onClose={onClose} aria-labelledby={titleId} fullWidth maxWidth="sm" onClick={(e) => e.stopPropagation()}>
      <Box component="form" onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{translate(`reviews.dialog.${action}.title`, { subject })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate(`reviews.dialog.${action}.intro`)}</DialogContentText>
          {refusal && (
            <Alert severity="error" role="alert" sx={{ mb: 2 }}>
              {refusal.message}
              {refusal.unmet.length > 0 && <Box component="ul" sx={{ m: 0, pl: 2 }}>{refusal.unmet.map((u) => <li key={u}>{u}</li>)}</Box>}
            </Alert>
          )}
          <TextField
            autoFocus
            fullWidth
            multiline
            minRows={3}
            required
            label={translate(`reviews.dialog.${action}.label`)}
            value={comment}
            onChange={(e) => { setComment(e.target.value); if (e.target.value.trim()) setMissing(false); }}
            error={missing}
            helperText={missing ? translate(`reviews.dialog.${action}.required`) : translate('app.privacy')}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <Button
            type="submit"
            variant="contained"
            color={action === 'return' ? 'warning' : 'primary'}
            disabled={saving}
            startIcon={saving ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}
          >
            {translate(`reviews.dialog.${action}.submit`)}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  );
}
