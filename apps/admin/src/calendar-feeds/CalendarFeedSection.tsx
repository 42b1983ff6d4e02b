import EventOutlinedIcon from '@mui/icons-material/EventOutlined';
import { Alert, Box, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useLocale, useNotify, useTranslate } from 'react-admin';
import { httpClient } from '../data-provider';

interface FeedStatus { enabled: boolean; createdAt: string | null; url?: string }

const FEED = '/api/calendar-feeds/mine';

/**
 * "Agenda-abonnement" on the user's own settings page: turn the personal ICS feed on (or make a new address),
 * copy the address shown this once, and revoke it (GET/POST/DELETE /api/calendar-feeds/mine).
 */
export function CalendarFeedSection() {
  const translate = useTranslate();
  const notify = useNotify();
  const locale = useLocale();
  const [status, setStatus] = useState<FeedStatus | null>(null);
  const [url, setUrl] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    httpClient(FEED).then(({ json }) => setStatus(json as FeedStatus), (e: Error) => setProblem(e.message));
  }, []);

  const act = async (method: 'POST' | 'DELETE') => {
    setBusy(true);
    setProblem(null);
    try {
      if (method === 'POST') {
        const { json } = await httpClient(FEED, { method });
        setStatus(json as FeedStatus);
        setUrl((json as FeedStatus).url ?? null);
        notify('calendarFeed.enabled', { type: 'success' });
      } else {
        await httpClient(FEED, { method });
        setStatus({ enabled: false, createdAt: null });
        setUrl(null);
        notify('calendarFeed.revoked', { type: 'info' });
      }
    } catch (e) {
      setProblem((e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      notify('calendarFeed.copied', { type: 'success' });
    } catch {
      // Without clipboard access the address stays selected in its field, to copy by hand.
      (document.getElementById('calendar-feed-url') as HTMLInputElement | null)?.select();
    }
  };

  const since = status?.createdAt ? new Date(status.createdAt).toLocaleDateString(locale === 'en' ? 'en-GB' : 'nl-NL', { timeZone: 'Europe/Amsterdam', dateStyle: 'long' }) : '';

  return (
    <Card sx={{ maxWidth: 560, mt: 2 }} data-testid="calendar-feed">
      <CardContent>
        <Typography component="h2" variant="h6" sx={{ mb: 1, display: 'flex', alignItems: 'center', gap: 1 }}>
          <EventOutlinedIcon fontSize="small" aria-hidden /> {translate('calendarFeed.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>{translate('calendarFeed.intro')}</Typography>
        {problem && <Alert severity="error" role="alert" sx={{ mb: 2 }}>{translate(problem, { _: problem })}</Alert>}
        {status && (
          <>
            <Typography variant="body2" sx={{ mb: 2 }} data-testid="calendar-feed-status">
              {status.enabled ? translate('calendarFeed.on', { since }) : translate('calendarFeed.off')}
            </Typography>
            {url && (
              <Box sx={{ mb: 2 }}>
                <TextField
                  id="calendar-feed-url" label={translate('calendarFeed.url')} value={url} fullWidth size="small"
                  helperText={translate('calendarFeed.url_help')} slotProps={{ htmlInput: { readOnly: true } }}
                  onFocus={(e) => e.target.select()}
                />
                <Button onClick={copy} sx={{ mt: 1 }}>{translate('calendarFeed.copy')}</Button>
              </Box>
            )}
            <Stack direction="row" spacing={1}>
              <Button variant="contained" disabled={busy} onClick={() => act('POST')}>
                {translate(status.enabled ? 'calendarFeed.rotate' : 'calendarFeed.enable')}
              </Button>
              {status.enabled && (
                <Button color="error" disabled={busy} onClick={() => act('DELETE')}>{translate('calendarFeed.revoke')}</Button>
              )}
            </Stack>
          </>
        )}
      </CardContent>
    </Card>
  );
}
