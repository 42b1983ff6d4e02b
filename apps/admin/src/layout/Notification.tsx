import { Alert, Button, Snackbar } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { NotificationContext, Notification as RaNotification, useNotificationContext, useTranslate } from 'react-admin';
import { STALE_MESSAGE } from '../data-provider';

/**
 * react-admin's notifications, plus one of our own: when someone else changed a record while it was being
 * edited (409), say so and offer to reload it — a plain toast would leave the user stuck with a stale form.
 * react-admin's component gets the queue without those, so each message is shown once.
 */
export function Notification() {
  const context = useNotificationContext();
  const [stale, setStale] = useState(false);
  const first = context.notifications[0];

  useEffect(() => {
    if (first?.message === STALE_MESSAGE) {
      context.takeNotification();
      setStale(true);
    }
  }, [first, context]);

  const withoutStale = useMemo(() => {
    const notifications = context.notifications.filter((n) => n.message !== STALE_MESSAGE);
    return { ...context, notifications, takeNotification: notifications.length ? context.takeNotification : () => undefined };
  }, [context]);

  return (
    <>
      <StaleVersionNotice open={stale} onClose={() => setStale(false)} />
      <NotificationContext.Provider value={withoutStale}>
        <RaNotification />
      </NotificationContext.Provider>
    </>
  );
}

function StaleVersionNotice({ open, onClose }: { open: boolean; onClose: () => void }) {
  const translate = useTranslate();
  return (
    <Snackbar open={open} anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}>
      <Alert
        severity="warning"
        variant="filled"
        onClose={onClose}
        action={
          <Button color="inherit" variant="outlined" size="small" onClick={() => window.location.reload()}>
            {translate('app.errors.reload')}
          </Button>
        }
      >
        {translate(STALE_MESSAGE)}
      </Alert>
    </Snackbar>
  );
}
