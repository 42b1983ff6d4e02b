import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { QueryFailedError, QueryRunnerAlreadyReleasedError } from 'typeorm';
import { DomainError, type ErrorCode } from '@lab/domain';
import { DATABASE_UNAVAILABLE_MESSAGE, fromDatabaseError, isDatabaseUnavailable } from './database-errors';
import { errorBody as body, type ErrorBody } from './error-body';
import type { AuditService } from './audit/audit.service';
import { refusalOf } from './audit/refusals';
import { requestContextOf } from './request-context';

/** How long an answer waits for its refusal to be on record; past it, the answer goes and the write finishes behind it. */
const REFUSAL_WAIT_MS = 250;

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  RULE_BROKEN: 422,
  METHOD_NOT_ALLOWED: 405,
  UNAUTHENTICATED: 401,
  TOO_MANY_ATTEMPTS: 429,
  TOO_MANY_REQUESTS: 429,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  STALE_VERSION: 409,
  CONFLICT: 409,
  REFERENCED: 409,
  INVALID_REFERENCE: 422,
  INVALID_TRANSITION: 422,
  PHASE_GATE_UNMET: 422,
  UNAVAILABLE: 503,
};

/**
 * The one place errors become HTTP answers: domain codes, validation, database refusals and body-parser
 * failures each get their 4xx; anything else is a 500 that is logged with its stack and answered without it.
 * Every 401 and 403, from the guard, the access checks or anywhere else, is also written to the audit trail
 * as a `refused` event (given the AuditService), unless the request already put a security event on record
 * (a failed sign-in writes `login_failed`).
 */
@Catch()
export class HttpErrorsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpErrors');

  constructor(private readonly audit?: AuditService) {}

  catch(exception: unknown, host: ArgumentsHost): void | Promise<void> {
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const result = this.toBody(exception);
    if (result.statusCode >= 500 && result.statusCode !== 503) {
      this.logger.error(exception instanceof Error ? exception.stack ?? exception.message : String(exception));
    }
    if (result.statusCode === 503) response.setHeader('Retry-After', '5');
    const answer = () => {
      if (!response.headersSent) response.status(result.statusCode).json(result);
    };
    const request = http.getRequest<Request>();
    if (!this.audit || (result.statusCode !== 401 && result.statusCode !== 403) || requestContextOf(request)?.securityEventWritten) {
      return answer();
    }
    // Waits briefly, so that the refusal is usually on record when the client reads the answer, but never
    // long: AuditService.refused does not reject, and past REFUSAL_WAIT_MS the answer goes regardless.
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<void>((done) => { timer = setTimeout(done, REFUSAL_WAIT_MS); });
    const audit = this.audit;
    const written = Promise.resolve().then(() => audit.refused(refusalOf(request, result)));
    return Promise.race([written, waited])
      .catch(() => undefined)
      .then(() => {
        clearTimeout(timer);
        answer();
      });
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
