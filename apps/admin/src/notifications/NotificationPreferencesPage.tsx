import NotificationsNoneIcon from '@mui/icons-material/NotificationsNone';
import { Alert, Card, CardContent, ListItemIcon, ListItemText, MenuItem, Typography } from '@mui/material';
import { LANGUAGES, NOTIFICATION_DELIVERIES, NOTIFICATION_KINDS } from '@lab/domain';
import { forwardRef, useEffect, useState } from 'react';
import { Form, SaveButton, SelectInput, Title, useNotify, useTranslate, useUserMenu } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { CalendarFeedSection } from '../calendar-feeds/CalendarFeedSection';
import { enumChoices } from '../common/choices';
import { httpClient } from '../data-provider';

export const NOTIFICATION_PREFERENCES_PATH = '/account/notifications';

/** A kind as the API's field: measurement_returned → measurementReturned. */
const field = (kind: string) => kind.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

type Preferences = Record<string, string>;

/** Your own notices: their language, and per kind at once, in the daily digest, or off (GET/PUT /api/notification-preferences). */
export function NotificationPreferencesPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const [values, setValues] = useState<Preferences | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    httpClient('/api/notification-preferences').then(({ json }) => setValues(json as Preferences), (e: Error) => setProblem(e.message));
  }, []);

  const submit = async (changed: Preferences) => {
    setProblem(null);
    try {
      const { json } = await httpClient('/api/notification-preferences', { method: 'PUT', body: JSON.stringify(changed) });
      setValues(json as Preferences);
      notify('resources.notifications.preferences.saved', { type: 'success' });
    } catch (error) {
      const body = (error as { body?: { errors?: Record<string, string> } }).body;
      if (body?.errors) return body.errors;
      setProblem((error as Error).message);
    }
    return undefined;
  };

  return (
    <>
      <Card sx={{ maxWidth: 560, mt: 2 }}>
        <Title title="resources.notifications.preferences.title" />
        <CardContent>
          <Typography component="h1" variant="h5" sx={{ mb: 1 }}>{translate('resources.notifications.preferences.title')}</Typography>
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>{translate('resources.notifications.preferences.intro')}</Typography>
          {problem && <Alert severity="error" role="alert" sx={{ mb: 2 }}>{translate(problem, { _: problem })}</Alert>}
          {values && (
            <Form<Preferences> defaultValues={values} onSubmit={submit as never} noValidate>
              <SelectInput source="language" label="resources.notifications.preferences.language" choices={enumChoices('language', LANGUAGES)} fullWidth />
              {NOTIFICATION_KINDS.map((kind) => (
                <SelectInput
                  key={kind}
                  source={field(kind)}
                  label={`enums.notification_kind.${kind}`}
                  choices={enumChoices('notification_delivery', NOTIFICATION_DELIVERIES)}
                  fullWidth
                />
              ))}
              <SaveButton alwaysEnable />
            </Form>
          )}
        </CardContent>
      </Card>
      <CalendarFeedSection />
    </>
  );
}

/** "Berichten instellen" in the user menu. */
export const NotificationPreferencesMenuItem = forwardRef<HTMLLIElement>(function NotificationPreferencesMenuItem(props, ref) {
  const translate = useTranslate();
  const navigate = useNavigate();
  const userMenu = useUserMenu();
  return (
    <MenuItem ref={ref} {...props} onClick={() => { userMenu?.onClose(); navigate(NOTIFICATION_PREFERENCES_PATH); }}>
      <ListItemIcon><NotificationsNoneIcon fontSize="small" /></ListItemIcon>
      <ListItemText>{translate('resources.notifications.preferences.menu')}</ListItemText>
    </MenuItem>
  );
});
