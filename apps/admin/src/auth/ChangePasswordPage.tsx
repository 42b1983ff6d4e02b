import LockResetIcon from '@mui/icons-material/LockReset';
import { Alert, Card, CardContent, ListItemIcon, ListItemText, MenuItem, Typography } from '@mui/material';
import { forwardRef, useState } from 'react';
import {
  Form, PasswordInput as RaPasswordInput, SaveButton, Title, required, useNotify, useTranslate, useUserMenu, type ValidationErrorMessage,
} from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { PasswordInput } from '../common/PasswordInput';
import { readSession, writeSession, isSessionUser } from './session';

export const CHANGE_PASSWORD_PATH = '/account/password';

interface Values {
  currentPassword: string;
  newPassword: string;
  repeat: string;
}

const sameAsNew = (value: string, all: Partial<Values>): ValidationErrorMessage | undefined =>
  value && value !== all.newPassword ? 'auth.password.errors.repeat' : undefined;

/**
 * Changing your own password with the current one (POST /api/auth/password). Every other session of the
 * account ends; this browser goes on under the new token the API answers.
 */
export function ChangePasswordPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<string | null>(null);
  const user = readSession()?.user;
  const owner = { email: user?.email ?? null, name: user?.name ?? null };

  const submit = async (values: Partial<Values>) => {
    setProblem(null);
    const session = readSession();
    if (!session) return;
    let response: Response;
    try {
      response = await fetch('/api/auth/password', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${session.token}` },
        body: JSON.stringify({ currentPassword: values.currentPassword ?? '', newPassword: values.newPassword ?? '' }),
      });
    } catch {
      setProblem('app.errors.unreachable');
      return;
    }
    const body = (await response.json().catch(() => null)) as { token?: unknown; user?: unknown; errors?: Record<string, string> } | null;
    if (response.ok && body && typeof body.token === 'string' && isSessionUser(body.user)) {
      writeSession({ token: body.token, user: body.user });
      notify('auth.password.changed', { type: 'success' });
      navigate('/');
      return;
    }
    if (response.status === 400 && body?.errors) {
      // Field errors in react-admin's shape: each shows under its field, in the dashboard's words (the meter
      // has said why a new password is refused already, by the same rule the API applies).
      const errors: Record<string, string> = {};
      if (body.errors.currentPassword) errors.currentPassword = translate('auth.password.errors.current');
      if (body.errors.newPassword) errors.newPassword = translate('auth.password.errors.new');
      return errors;
    }
    setProblem(response.status === 429 ? 'auth.login.errors.too_many' : response.status === 503 ? 'auth.login.errors.busy' : 'auth.password.errors.failed');
  };

  return (
    <Card sx={{ maxWidth: 520, mt: 2 }}>
      <Title title="auth.password.title" />
      <CardContent>
        <Typography component="h1" variant="h5" sx={{ mb: 1 }}>{translate('auth.password.title')}</Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>{translate('auth.password.intro')}</Typography>
        {problem && <Alert severity="error" role="alert" sx={{ mb: 2 }}>{translate(problem)}</Alert>}
        <Form<Values> onSubmit={submit as never} noValidate mode="onChange" reValidateMode="onChange">
          <RaPasswordInput source="currentPassword" label="auth.password.current" autoComplete="current-password" validate={required()} fullWidth />
          <PasswordInput source="newPassword" label="auth.password.new" autoComplete="new-password" owner={owner} validate={required()} fullWidth />
          <RaPasswordInput source="repeat" label="auth.password.repeat" autoComplete="new-password" validate={[required(), sameAsNew]} fullWidth />
          <SaveButton label="auth.password.submit" alwaysEnable />
        </Form>
      </CardContent>
    </Card>
  );
}

/** "Wachtwoord wijzigen" in the user menu. */
export const ChangePasswordMenuItem = forwardRef<HTMLLIElement>(function ChangePasswordMenuItem(props, ref) {
  const translate = useTranslate();
  const navigate = useNavigate();
  const userMenu = useUserMenu();
  return (
    <MenuItem ref={ref} {...props} onClick={() => { userMenu?.onClose(); navigate(CHANGE_PASSWORD_PATH); }}>
      <ListItemIcon><LockResetIcon fontSize="small" /></ListItemIcon>
      <ListItemText>{translate('auth.password.menu')}</ListItemText>
    </MenuItem>
  );
});
