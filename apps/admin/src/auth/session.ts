import { USER_ROLES, type SignedInUser } from '@lab/domain';

/** Who is signed in: the shape the API answers, shared through libs/domain. */
export type SessionUser = SignedInUser;

export interface Session {
  token: string;
  user: SessionUser;
}

/** The one place the browser keeps the sign-in: the token names a session the API can end. */
export const STORAGE_KEY = 'lab-tracker.auth';
/**
 * Device tokens per e-mail address: proof, on the next sign-in, that this browser signed in to that account
 * before. Kept after signing out, so that a stranger's failed attempts never lock the owner out here.
 */
export const DEVICES_KEY = 'lab-tracker.devices';

function isSessionUser(value: unknown): value is SessionUser {
  const u = value as Partial<SessionUser> | null;
  return (
    !!u && typeof u === 'object' && typeof u.id === 'number' && typeof u.name === 'string' &&
    (USER_ROLES as readonly unknown[]).includes(u.role) && Array.isArray(u.projectIds)
  );
}

export function readSession(): Session | null {
  try {
    const raw = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Session>;
    if (typeof parsed.token !== 'string' || !parsed.token || !isSessionUser(parsed.user)) return null;
    return { token: parsed.token, user: parsed.user };
  } catch {
    return null;
  }
}

export function writeSession(session: Session): void {
  globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(session));
}

export function clearSession(): void {
  globalThis.localStorage?.removeItem(STORAGE_KEY);
}

function readDevices(): Record<string, string> {
  try {
    const parsed = JSON.parse(globalThis.localStorage?.getItem(DEVICES_KEY) ?? '{}') as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

export function deviceToken(email: string): string | null {
  const token = readDevices()[email.trim().toLowerCase()];
  return typeof token === 'string' && token ? token : null;
}

export function keepDeviceToken(email: string, token: string): void {
  globalThis.localStorage?.setItem(DEVICES_KEY, JSON.stringify({ ...readDevices(), [email.trim().toLowerCase()]: token }));
}

export const sessionToken = (): string | null => readSession()?.token ?? null;

/**
 * Whether a JSON Web Token's `exp` has passed. A token that is not a JWT (or has no `exp`) is left to the
 * API to judge: it answers 401 and the dashboard signs out then.
 */
export function tokenExpired(token: string, now = Date.now()): boolean {
  const payload = token.split('.')[1];
  if (!payload) return false;
  try {
    const json = JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: unknown };
    return typeof json.exp === 'number' && json.exp * 1000 <= now;
  } catch {
    return false;
  }
}

export { isSessionUser };
