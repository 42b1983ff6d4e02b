import CheckIcon from '@mui/icons-material/Check';
import ChatBubbleOutlineIcon from '@mui/icons-material/ChatBubbleOutlineOutlined';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import SendIcon from '@mui/icons-material/Send';
import UndoIcon from '@mui/icons-material/Undo';
import {
  Alert, Avatar, Box, Button, CircularProgress, List, ListItem, ListItemAvatar, ListItemText, Skeleton, Stack, TextField, Typography,
} from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import type { MeasurementCommentKind } from '@lab/domain';
import { instant } from '../common/format';
import { fetchComments, postComment, refusalOf } from './api';

const ICONS: Record<MeasurementCommentKind, typeof SendIcon> = {
  submit: SendIcon, approve: CheckIcon, return: UndoIcon, reopen: LockOpenIcon, comment: ChatBubbleOutlineIcon,
};
const COLOURS: Record<MeasurementCommentKind, string> = {
  submit: 'secondary.main', approve: 'success.main', return: 'warning.dark', reopen: 'secondary.main', comment: 'grey.600',
};

export const commentsKey = (id: number) => ['measurement-comments', id];

/**
 * The review thread of a measurement, oldest first: every submission, approval, return and reopening with its
 * comment, and remarks in between. It stays with the measurement through every round.
 */
export function CommentThread({ measurementId }: { measurementId: number }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const queryClient = useQueryClient();
  const { data, isPending, error } = useQuery({ queryKey: commentsKey(measurementId), queryFn: () => fetchComments(measurementId) });
  const [body, setBody] = useState('');
  const [missing, setMissing] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!body.trim()) {
      setMissing(true);
      return;
    }
    setSaving(true);
    setFailure(null);
    try {
      await postComment(measurementId, body);
      setBody('');
      await queryClient.invalidateQueries({ queryKey: commentsKey(measurementId) });
    } catch (err) {
      const refusal = refusalOf(err);
      setFailure([refusal.message, ...refusal.unmet].join(' '));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Box component="section" aria-labelledby={`thread-${measurementId}`}>
      <Typography id={`thread-${measurementId}`} variant="h6" component="h2" gutterBottom>
        {translate('reviews.thread.title')}
      </Typography>
      {isPending ? (
        <Skeleton variant="rectangular" height={80} aria-label={translate('ra.page.loading')} />
      ) : error ? (
        <Alert severity="error">{refusalOf(error).message}</Alert>
      ) : data.length === 0 ? (
        <Typography variant="body2" color="text.secondary">{translate('reviews.thread.empty')}</Typography>
      ) : (
        <List dense data-testid="comment-thread">
          {data.map((c) => {
            const Icon = ICONS[c.kind] ?? ChatBubbleOutlineIcon;
            return (
              <ListItem key={c.id} alignItems="flex-start" disableGutters>
                <ListItemAvatar>
                  <Avatar sx={{ bgcolor: COLOURS[c.kind] ?? 'grey.600', width: 32, height: 32 }}>
                    <Icon fontSize="small" aria-hidden />
                  </Avatar>
                </ListItemAvatar>
                <ListItemText
                  primary={
                    <>
                      <strong>{c.authorName}</strong> · {translate(`reviews.thread.kind.${c.kind}`, { _: c.kind })} · {instant(c.createdAt, locale)}
                    </>
                  }
                  secondary={c.body || null}
                  slotProps={{ secondary: { sx: { whiteSpace: 'pre-wrap', color: 'text.primary' } } }}
                />
              </ListItem>
            );
          })}
        </List>
      )}
      <Box component="form" onSubmit={submit} noValidate sx={{ mt: 1, maxWidth: 720 }}>
        {failure && <Alert severity="error" role="alert" sx={{ mb: 1 }}>{failure}</Alert>}
        <TextField
          fullWidth
          multiline
          minRows={2}
          label={translate('reviews.thread.add_label')}
          value={body}
          onChange={(e) => { setBody(e.target.value); if (e.target.value.trim()) setMissing(false); }}
          error={missing}
          helperText={missing ? translate('reviews.thread.required') : translate('app.privacy')}
        />
        <Stack direction="row" sx={{ justifyContent: 'flex-end', mt: 1 }}>
          <Button
            type="submit"
            variant="outlined"
            disabled={saving}
            startIcon={saving ? <CircularProgress size={16} color="inherit" aria-hidden /> : <ChatBubbleOutlineIcon aria-hidden />}
          >
            {translate('reviews.thread.add')}
          </Button>
        </Stack>
      </Box>
    </Box>
  );
}
