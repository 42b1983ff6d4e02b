import { fetchUtils, HttpError } from 'react-admin';
import simpleRestProvider from 'ra-data-simple-rest';

/**
 * react-admin's own simple-rest provider on /api. The HTTP client turns the API's error body into an
 * HttpError whose body keeps `errors` (shown beside the fields), `unmet` (refused gates) and `code`.
 */
export async function httpClient(url: string, options: fetchUtils.Options = {}) {
  try {
    return await fetchUtils.fetchJson(url, options);
  } catch (error) {
    if (error instanceof HttpError) {
      const body = (error.body ?? {}) as { message?: string; errors?: Record<string, string> };
      // react-admin reads server-side validation errors from body.errors.
      throw new HttpError(body.message ?? error.message, error.status, { ...body, errors: body.errors });
    }
    // fetch itself failed: the API is not reachable.
    throw new HttpError('app.errors.unreachable', 0, {});
  }
}

export const dataProvider = simpleRestProvider('/api', httpClient);
