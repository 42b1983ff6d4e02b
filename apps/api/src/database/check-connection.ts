import { Client } from 'pg';

export class DatabaseUnreachableError extends Error {
  override name = 'DatabaseUnreachableError';
}

/** The URL with its password masked, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}

/** One round trip before the app starts, so that a wrong DATABASE_URL is one clear line, not a retry loop. */
export async function checkConnection(url: string, timeoutMs = 5000): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const e = error as { code?: string; message?: string };
    throw new DatabaseUnreachableError(
      `cannot reach the database at ${redactUrl(url)} (${[e.code, e.message].filter(Boolean).join(': ')}); check DATABASE_URL`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}
