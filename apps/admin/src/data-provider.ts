import { fetchUtils, HttpError } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';
import type { ErrorBody } from '@lab/domain';
import { translate } from './common/translator';
import { translatedFieldErrors } from './common/field-errors';
import { clearSession, sessionToken } from './auth/session';

/**
 * react-admin's own simple-rest provider on /api. The HTTP client sends the signed-in user's token with every
 * request and turns the API's error body into an HttpError whose body keeps `errors` (shown beside the
 * fields), `unmet` (refused gates) and `code`. A 401 makes the auth provider sign out; a 403 is said in words.
 */
export const STALE_MESSAGE = 'app.errors.stale';

/** "3 mijlpalen, 2 indicatoren" from the API's `dependents` counts. */
function referencedMessage(dependents: Record<string, number>): string {
  const t = translate;
  const what = Object.entries(dependents)
    .map(([resource, n]) => `${n} ${t(`resources.${resource}.name`, { smart_count: n, _: resource }).toLowerCase()}`)
    .join(', ');
  return t('app.errors.referenced', { what });
}

/** The options with `Authorization: Bearer <token>` when someone is signed in. */
export function withToken(options: fetchUtils.Options = {}): fetchUtils.Options {
  const token = sessionToken();
  return token ? { ...options, user: { ...options.user, authenticated: true, token: `Bearer ${token}` } } : options;
}

export async function httpClient(url: string, options: fetchUtils.Options = {}) {
  try {
    return await fetchUtils.fetchJson(url, withToken(options));
  } catch (error) {
    if (error instanceof HttpError) {
      // The token is missing, wrong or expired: forget it, so that the next check sends the user to sign in
      // (react-admin's own queries sign out at once through the auth provider's checkError).
      if (error.status === 401) clearSession();
      const body = (error.body ?? {}) as Partial<ErrorBody>;
      // Messages the interface words itself, in the user's language; the others are the API's own.
      const message =
        error.status === 401 ? 'auth.session.expired'
        : error.status === 403 ? 'auth.forbidden'
        : body.code === 'STALE_VERSION' ? STALE_MESSAGE
        : body.errors && Object.keys(body.errors).length ? 'ra.message.invalid_form'
        : body.code === 'REFERENCED' && body.dependents && Object.keys(body.dependents).length ? referencedMessage(body.dependents)
        : body.message ?? error.message;
      // react-admin reads server-side validation errors from body.errors and shows them beside the fields:
      // in the user's language, by their codes.
      const errors = body.errors ? translatedFieldErrors(body.errors, body.fieldCodes) : undefined;
      throw new HttpError(message, error.status, { ...body, errors });
    }
    // fetch itself failed: the API is not reachable.
    throw new HttpError('app.errors.unreachable', 0, {});
  }
}

export const dataProvider = simpleRestProvider('/api', httpClient);
