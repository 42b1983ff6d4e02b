import {
  ArgumentsHost, type ArgumentMetadata, BadRequestException, Catch, HttpException, HttpStatus, Logger, ValidationPipe,
  type ExceptionFilter, type ValidationError,
} from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { DomainError, type ErrorCode } from '@lab/domain';

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  TOO_MANY_ATTEMPTS: 429,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  STALE_VERSION: 409,
  CONFLICT: 409,
  REFERENCED: 409,
  INVALID_REFERENCE: 422,
  INVALID_TRANSITION: 422,
  PHASE_GATE_UNMET: 422,
};

export interface ErrorBody {
  statusCode: number;
  error: string;
  code?: string;
  message: string;
  errors?: Record<string, string>;
  unmet?: { criterion: string; message: string }[];
}

function body(statusCode: number, message: string, extra: Partial<ErrorBody> = {}): ErrorBody {
  const error = (HttpStatus[statusCode] ?? 'Error')
    .toLowerCase()
    .split('_')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');
  return { statusCode, error, message, ...extra };
}

/** Check constraints that combine fields the client may have sent separately: field and what to fix. */
const CHECK_MESSAGES: Record<string, [string, string]> = {
  project_dates_ordered: ['plannedEndDate', 'must be on or after the start date'],
  lab_dates_ordered: ['endDate', 'must be on or after the start date'],
  agreement_dates_ordered: ['endDate', 'must be on or after the start date'],
  indicator_target_after_baseline: ['targetDate', 'must be on or after the baseline date'],
  indicator_percent_range: ['targetValue', 'is a percentage: between 0 and 100'],
  milestone_done_has_completed_date: ['completedDate', 'is required when the milestone is done'],
  milestone_phase_not_stopped: ['phase', 'must be scenario, experiment or rollout'],
  agreement_outcome_contract_terms: ['indicatorId', 'an outcome contract needs an indicator, a price per unit and a maximum payment'],
};

const camel = (s: string) => s.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

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
      return body(409, message, { code: 'CONFLICT', errors: Object.fromEntries(fields.map((f) => [f, 'already in use'])) });
    }
    case '23503': {
      const missing = /^Key \((.+?)\)=\((.*)\) is not present in table "(.+)"/.exec(detail);
      if (missing) {
        const field = camel(missing[1]);
        const message = `${field} ${missing[2]} does not exist (no such record in ${missing[3]}).`;
        return body(422, message, { code: 'INVALID_REFERENCE', errors: { [field]: `no ${missing[3]} record with id ${missing[2]}` } });
      }
      return referenced(detail);
    }
    case '23001':
      return referenced(detail);
    case '22021':
      return body(400, 'A text contains a character that is not allowed (such as NUL).', { code: 'VALIDATION_FAILED' });
    case '54001':
      return body(400, 'The request is too complex to process.', { code: 'VALIDATION_FAILED' });
    case '23514': {

      const known = CHECK_MESSAGES[driverError.constraint ?? ''];
      if (known) return body(422, `${known[0]} ${known[1]}.`, { code: 'VALIDATION_FAILED', errors: { [known[0]]: known[1] } });
      return body(422, `The values break the rule "${driverError.constraint ?? 'check'}".`, { code: 'VALIDATION_FAILED' });
    }
    case '23502': {
      const field = driverError.column ? camel(driverError.column) : 'a required field';
      return body(400, `${field} is required.`, { code: 'VALIDATION_FAILED', errors: { [field]: 'is required' } });
    }
    case '22001':
      return body(400, 'A text is longer than the field allows.', { code: 'VALIDATION_FAILED' });
    case '22003':
    case '22008':
    case '22007':
    case '22P02':
    case '22023':
      return body(400, 'A value is out of range or not in the expected format.', { code: 'VALIDATION_FAILED' });
    case '40001':
    case '40P01':
      return body(409, 'Another change to the same data happened at the same time; try again.', { code: 'CONFLICT' });
    default:
      return null;
  }
}

function referenced(detail: string): ErrorBody {
  const used = /is still referenced from table "(.+)"/.exec(detail);
  return body(409, `This record is still used by ${used ? used[1].replace(/_/g, ' ') : 'other records'}; delete or move those first.`, { code: 'REFERENCED' });
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

/**
 * The one place errors become HTTP answers: domain codes, validation, database refusals and body-parser
 * failures each get their 4xx; anything else is a 500 that is logged with its stack and answered without it.
 */
@Catch()
export class HttpErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const result = this.toBody(exception);
    if (result.statusCode >= 500 && result.statusCode !== 503) {
      this.logger.error(exception instanceof Error ? exception.stack ?? exception.message : String(exception));
    }
    if (result.statusCode === 503) response.setHeader('Retry-After', '5');
    response.status(result.statusCode).json(result);
  }

  toBody(exception: unknown): ErrorBody {
    if (exception instanceof DomainError) {
      const status = STATUS_BY_CODE[exception.code] ?? 400;
      return body(status, exception.message, { code: exception.code, ...exception.details });
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const res = exception.getResponse();
      if (typeof res === 'object' && res !== null) {
        const r = res as Partial<ErrorBody> & { message?: string | string[] };
        const message = Array.isArray(r.message) ? r.message.join('; ') : r.message ?? exception.message;
        return body(status, message, { ...(r.errors ? { errors: r.errors } : {}), ...(r.code ? { code: r.code } : {}) });
      }
      return body(status, String(res));
    }
    if (isDatabaseUnavailable(exception)) {
      return body(503, DATABASE_UNAVAILABLE_MESSAGE, { code: 'UNAVAILABLE' });
    }
    // TypeORM releases a transaction's query runner when its connection dies; the ROLLBACK that follows
    // then throws this instead of the connection error. Nothing was committed: the client may retry.
    if (exception instanceof QueryRunnerAlreadyReleasedError) {
      this.logger.warn('A transaction lost its database connection (query runner released); answered 503');
      return body(503, DATABASE_UNAVAILABLE_MESSAGE, { code: 'UNAVAILABLE' });
    }
    if (exception instanceof QueryFailedError) {
      const mapped = fromDatabaseError(exception);
      if (mapped) return mapped;
    }
    // body-parser errors carry their own status and a type.
    const e = exception as { type?: string; status?: number; statusCode?: number };
    if (e?.type === 'entity.parse.failed') return body(400, 'The request body is not valid JSON.', { code: 'VALIDATION_FAILED' });
    if (e?.type === 'entity.too.large') return body(413, 'The request body is too large.');
    if (e?.type && typeof e.status === 'number' && e.status >= 400 && e.status < 500) {
      return body(e.status, 'The request body could not be read.');
    }
    return body(500, 'Something went wrong on our side; the error has been logged.');
  }
}

/** Flattens class-validator's tree into react-admin's `{ field: message }` shape. */
export function validationErrors(errors: ValidationError[], prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      const messages = Object.entries(error.constraints).map(([name, text]) =>
        name === 'whitelistValidation' ? `unknown field "${error.property}": remove it` : text,
      );
      out[field] = messages[0];
    }
    if (error.children?.length) Object.assign(out, validationErrors(error.children, field));
  }
  return out;
}

export const VALIDATION_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  forbidUnknownValues: true,
  validationError: { target: false, value: false },
  exceptionFactory: (errors: ValidationError[]) => {
    const fieldErrors = validationErrors(errors);
    const message = `Invalid input: ${Object.values(fieldErrors).join('; ')}`;
    return new BadRequestException({ message, errors: fieldErrors, code: 'VALIDATION_FAILED' });
  },
};

/** Deeper than any DTO here nests; deeper bodies would only exhaust the stack while being transformed. */
export const MAX_BODY_DEPTH = 16;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Refuses over-deep bodies and prototype keys before class-transformer walks them. */
export function assertPlainBody(value: unknown): void {
  const stack: [unknown, number, string][] = [[value, 0, '']];
  while (stack.length) {
    const [node, depth, path] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= MAX_BODY_DEPTH) {
      const field = path.split('.')[0];
      throw new BadRequestException({
        message: `Invalid input: ${field} nests deeper than ${MAX_BODY_DEPTH} levels`,
        errors: { [field]: `nests deeper than ${MAX_BODY_DEPTH} levels` },
        code: 'VALIDATION_FAILED',
      });
    }
    for (const key of Object.keys(node)) {
      const field = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) {
        throw new BadRequestException({ message: `Invalid input: unknown field "${key}": remove it`, errors: { [field]: `unknown field "${key}": remove it` }, code: 'VALIDATION_FAILED' });
      }
      stack.push([(node as Record<string, unknown>)[key], depth + 1, field]);
    }
  }
}

/**
 * The global pipe: class-validator on bodies, with the checks above first. Path parameters are left to
 * their own pipes (IdPipe), so that "0x1" or "1e3" is refused instead of coerced to a number.
 */
export class AppValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'param' || (metadata.type === 'query' && metadata.data)) return value;
    if (metadata.type === 'body') {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new BadRequestException({ message: 'The request body must be a JSON object.', code: 'VALIDATION_FAILED' });
      }
      assertPlainBody(value);
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(expectedType?: new (...args: never[]) => unknown): ValidationPipe {
  return new AppValidationPipe({ ...VALIDATION_OPTIONS, ...(expectedType ? { expectedType } : {}) });
}

/** Throws one 400 naming every field in `errors`, or nothing when it is empty. */
export function throwFieldErrors(what: string, errors: Record<string, string>): void {
  const entries = Object.entries(errors);
  if (entries.length === 0) return;
  throw new DomainError('VALIDATION_FAILED', `Invalid ${what}: ${entries.map(([f, m]) => `${f} ${m}`).join('; ')}`, { errors });
}
