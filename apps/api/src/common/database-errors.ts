import { QueryFailedError } from 'typeorm';
import { errorBody, type ErrorBody } from './error-body';

// PostgreSQL's own refusals and connection failures, mapped to what the client should fix or do.

const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** The check constraint a write broke, or null when it broke none. */
export function brokenCheck(error: unknown): string | null {
  if (!(error instanceof QueryFailedError)) return null;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23514' ? driverError.constraint ?? null : null;
}

/** Maps PostgreSQL's own refusals to what the client should fix. Never leaks SQL. */
export function fromDatabaseError(error: QueryFailedError): ErrorBody | null {
  const driverError = error.driverError as { code?: string; detail?: string; constraint?: string; column?: string; table?: string };
  const detail = driverError.detail ?? '';
  switch (driverError.code) {
    case '23505': {
      // Key (indicator_id, period)=(1, 2016-Q3) already exists.
      const m = /^Key \((.+?)\)=\((.*)\) already exists/.exec(detail);
      const fields = m ? m[1].split(', ').map(camel) : [];
      const message = m
        ? `A record with ${fields.join(' and ')} ${m[2]} already exists; change ${fields.join(' or ')}.`
        : 'This record would duplicate an existing one.';
      return errorBody(409, message, { code: 'CONFLICT', errors: Object.fromEntries(fields.map((f) => [f, 'already in use'])) });
    }
    case '23503': {
      const missing = /^Key \((.+?)\)=\((.*)\) is not present in table "(.+)"/.exec(detail);
      if (missing) {
        const field = camel(missing[1]);
        const message = `${field} ${missing[2]} does not exist (no such record in ${missing[3]}).`;
        return errorBody(422, message, { code: 'INVALID_REFERENCE', errors: { [field]: `no ${missing[3]} record with id ${missing[2]}` } });
      }
      return referenced(detail);
    }
    case '23001':
      return referenced(detail);
    case '22021':
      return errorBody(400, 'A text contains a character that is not allowed (such as NUL).', { code: 'VALIDATION_FAILED' });
    case '54001':
      return errorBody(400, 'The request is too complex to process.', { code: 'VALIDATION_FAILED' });
    case '23514':
      // A resource names its own rules (ResourceDefinition.checks); the CRUD mechanism words those.
      return errorBody(422, `The values break the rule "${driverError.constraint ?? 'check'}".`, { code: 'VALIDATION_FAILED' });
    case '23502': {
      const field = driverError.column ? camel(driverError.column) : 'a required field';
      return errorBody(400, `${field} is required.`, { code: 'VALIDATION_FAILED', errors: { [field]: 'is required' } });
    }
    case '22001':
      return errorBody(400, 'A text is longer than the field allows.', { code: 'VALIDATION_FAILED' });
    case '22003':
    case '22008':
    case '22007':
    case '22P02':
    case '22023':
      return errorBody(400, 'A value is out of range or not in the expected format.', { code: 'VALIDATION_FAILED' });
    case '40001':
    case '40P01':
      return errorBody(409, 'Another change to the same data happened at the same time; try again.', { code: 'CONFLICT' });
    default:
      return null;
  }
}

function referenced(detail: string): ErrorBody {
  const used = /is still referenced from table "(.+)"/.exec(detail);
  return errorBody(409, `This record is still used by ${used ? used[1].replace(/_/g, ' ') : 'other records'}; delete or move those first.`, { code: 'REFERENCED' });
}

/** Node socket errors and PostgreSQL's connection (08xxx) and shutdown/cancel (57xxx) classes. */
const CONNECTION_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN', 'ENOTFOUND', '57P01', '57P02', '57P03', '57P05', '53300']);
const CONNECTION_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Connection refused|the database system is (shutting down|starting up|in recovery mode)|terminating connection due to administrator command|Client has encountered a connection error|Query read timeout|Cannot use a pool after calling end|connect ECONNREFUSED|read ECONNRESET/i;

/** True when the database cannot be reached (or went away mid-request): a 503, never the client's fault. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const e = error as { code?: string; message?: string; driverError?: { code?: string; message?: string }; errors?: unknown[] };
  if (!e) return false;
  const code = e.driverError?.code ?? e.code;
  if (typeof code === 'string' && (CONNECTION_ERRORS.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
  if (CONNECTION_MESSAGES.test(e.message ?? '') || CONNECTION_MESSAGES.test(e.driverError?.message ?? '')) return true;
  // Node's happy-eyeballs connect reports an AggregateError of the attempts.
  return Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner));
}

export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is not reachable; try again shortly.';
