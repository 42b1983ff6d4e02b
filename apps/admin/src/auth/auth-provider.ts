import type { AuthProvider } from 'react-admin';
import { canAccess } from './access';
import { clearSession, deviceToken, isSessionUser, keepDeviceToken, readSession, tokenExpired, writeSession, type Session } from './session';

const API = '/api';

/** Messages (keys of auth/i18n.ts) the sign-in page shows in words. */
export const LOGIN_ERRORS = {
  invalid: 'auth.login.errors.invalid',
  tooMany: 'auth.login.errors.too_many',
  tooManyRequests: 'auth.login.errors.too_many_requests',
  busy: 'auth.login.errors.busy',
  unreachable: 'app.errors.unreachable',
  failed: 'auth.login.errors.failed',
} as const;

async function signIn(email: string, password: string): Promise<Session> {
  let response: Response;
  try {
    response = await fetch(`${API}/auth/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ email: email.trim(), password, device: deviceToken(email) }),
    });
  } catch {
    throw new Error(LOGIN_ERRORS.unreachable);
  }
  if (response.status === 401 || response.status === 400) throw new Error(LOGIN_ERRORS.invalid);
  if (response.status === 429) {
    const refusal = (await response.json().catch(() => null)) as { code?: string } | null;
    throw new Error(refusal?.code === 'TOO_MANY_REQUESTS' ? LOGIN_ERRORS.tooManyRequests : LOGIN_ERRORS.tooMany);
  }
  if (response.status === 503) throw new Error(LOGIN_ERRORS.busy);
  if (!response.ok) throw new Error(LOGIN_ERRORS.failed);
  const body = (await response.json().catch(() => null)) as (Partial<Session> & { device?: unknown }) | null;
  if (!body || typeof body.token !== 'string' || !isSessionUser(body.user)) throw new Error(LOGIN_ERRORS.failed);
  if (typeof body.device === 'string') keepDeviceToken(body.user.email, body.device);
  return { token: body.token, user: body.user };
}

/** Ends the session on the server too, so that the token is worth nothing even if it was copied. */
async function signOut(session: Session | null): Promise<void> {
  if (!session) return;
  try {
    await fetch(`${API}/auth/logout`, { method: 'POST', headers: { Authorization: `Bearer ${session.token}` } });
  } catch {
    // Offline: the token still expires on its own, and is gone from this browser.
  }
}

/** The signed-in user as the API knows them now (a role or team may have changed since signing in). */
async function refreshUser(session: Session, signal?: AbortSignal): Promise<Session> {
  try {
    const response = await fetch(`${API}/auth/me`, {
      headers: { Accept: 'application/json', Authorization: `Bearer ${session.token}` },
      signal,
    });
    if (!response.ok) return session;
    const user = await response.json();
    if (!isSessionUser(user)) return session;
    const fresh = { token: session.token, user };
    // Only if nobody signed out or in meanwhile.
    if (readSession()?.token === session.token) writeSession(fresh);
    return fresh;
  } catch {
    return session;
  }
}

/**
 * Sign-in with e-mail and password against the API's `POST /api/auth/login`; the token and the user are kept
 * in localStorage (`lab-tracker.auth`) and sent as `Authorization: Bearer` by the data provider. Signing out
 * ends the session on the server (`POST /api/auth/logout`).
 */
export const authProvider: AuthProvider = {
  async login(params: { email?: string; username?: string; password?: string }) {
    const session = await signIn(params.email ?? params.username ?? '', params.password ?? '');
    writeSession(session);
  },

  async logout() {
    const session = readSession();
    clearSession();
    await signOut(session);
  },

  async checkAuth() {
    const session = readSession();
    // Not signed in: straight to the sign-in page, no message (`message: false` tells react-admin so).
    if (!session) throw { message: false };
    if (tokenExpired(session.token)) {
      clearSession();
      throw new Error('auth.session.expired');
    }
  },

  /** 401: the token is missing, wrong or expired, so sign out. 403: signed in, just not allowed; stay. */
  async checkError(error: { status?: number }) {
    if (error?.status === 401) {
      clearSession();
      throw new Error('auth.session.expired');
    }
  },

  async getIdentity(params) {
    const stored = readSession();
    if (!stored) throw new Error('auth.session.required');
    const { user } = await refreshUser(stored, params?.signal);
    return { id: user.id, fullName: user.name, role: user.role, email: user.email };
  },

  async getPermissions() {
    return readSession()?.user.role ?? null;
  },

  async canAccess({ action, resource, record }) {
    return canAccess(readSession()?.user, { action, resource, record });
  },
};
