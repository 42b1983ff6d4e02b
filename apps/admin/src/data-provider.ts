import { fetchUtils, HttpError } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';

/**
 * react-admin's own simple-rest provider on /api. The HTTP client turns the API's error body into an
 * HttpError whose body keeps `errors` (shown beside the fields), `unmet` (refused gates) and `code`.
 */
export const STALE_MESSAGE = 'app.errors.stale';

export async function httpClient(url: string, options: fetchUtils.Options = {}) {
  try {
    return await fetchUtils.fetchJson(url, options);
  } catch (error) {
    if (error instanceof HttpError) {
      const body = (error.body ?? {}) as { message?: string; code?: string; errors?: Record<string, string> };
      // Messages the interface words itself, in the user's language; the others are the API's own.
      const message =
        body.code === 'STALE_VERSION' ? STALE_MESSAGE
        : body.errors && Object.keys(body.errors).length ? 'ra.message.invalid_form'
        : body.message ?? error.message;
      // react-admin reads server-side validation errors from body.errors and shows them beside the fields.
      throw new HttpError(message, error.status, { ...body, errors: body.errors });
    }
    // fetch itself failed: the API is not reachable.
    throw new HttpError('app.errors.unreachable', 0, {});
  }
}

export const dataProvider = simpleRestProvider('/api', httpClient);
