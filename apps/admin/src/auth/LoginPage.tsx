import { Alert, Box, Button, CardContent, CircularProgress, Typography } from '@mui/material';
import { useEffect, useRef, useState } from 'react';
import {
  Form, LocalesMenuButton, Login, PasswordInput, TextInput, email, required, useLogin, useTranslate,
} from 'react-admin';
import { LOGIN_ERRORS } from './auth-provider';

interface Credentials {
  email: string;
  password: string;
}

const KNOWN_ERRORS: readonly string[] = Object.values(LOGIN_ERRORS);

/** E-mail and password; a refusal is said in words (and announced), not only as a red field. */
function LoginForm() {
  const translate = useTranslate();
  const login = useLogin();
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (error) alertRef.current?.focus();
  }, [error]);

  const submit = async (values: Partial<Credentials>) => {
    setLoading(true);
    setError(null);
    try {
      await login({ email: values.email ?? '', password: values.password ?? '' });
    } catch (e) {
      const key = e instanceof Error && KNOWN_ERRORS.includes(e.message) ? e.message : LOGIN_ERRORS.failed;
      setError(key);
      setLoading(false);
    }
  };

  return (
    <Form<Credentials> onSubmit={submit as never} noValidate>
      <CardContent sx={{ width: { xs: 280, sm: 340 }, pb: 2 }}>
        <Typography component="h1" variant="h5" sx={{ mb: 1, textAlign: 'center' }}>
          {translate('auth.login.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2, textAlign: 'center' }}>
          {translate('auth.login.intro')}
        </Typography>
        {error && (
          <Alert severity="error" role="alert" ref={alertRef} tabIndex={-1} sx={{ mb: 2 }}>
            {translate(error)}
          </Alert>
        )}
        <TextInput
          autoFocus
          source="email"
          type="email"
          label="auth.login.email"
          autoComplete="username"
          validate={[required(), email()]}
          fullWidth
        />
        <PasswordInput
          source="password"
          label="auth.login.password"
          autoComplete="current-password"
          validate={required()}
          fullWidth
        />
        <Button variant="contained" type="submit" color="primary" disabled={loading} fullWidth sx={{ mt: 2 }}>
          {loading ? <CircularProgress size={19} thickness={3} aria-label={translate('ra.page.loading')} /> : translate('auth.login.submit')}
        </Button>
        <Box sx={{ mt: 2, display: 'flex', justifyContent: 'center' }}>
          <LocalesMenuButton />
        </Box>
      </CardContent>
    </Form>
  );
}

/** react-admin's sign-in layout around our own form (e-mail rather than a user name). */
export function LoginPage() {
  return (
    <Login sx={{ backgroundImage: 'radial-gradient(circle at 50% 14em, #7a0010 0%, #3d0008 60%, #3d0008 100%)' }}>
      <LoginForm />
    </Login>
  );
}
