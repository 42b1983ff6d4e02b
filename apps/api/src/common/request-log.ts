import { Injectable, type CallHandler, type ExecutionContext, type NestInterceptor } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { PinoLogger } from 'nestjs-pino';
import type { Observable } from 'rxjs';
import type { Options } from 'pino-http';
import type { Actor } from './actor';
import { acceptRequestId, requestContextOf } from './request-context';

type LoggedRequest = IncomingMessage & { id?: unknown; actor?: Actor; [STARTED]?: true };
const STARTED = Symbol('requestLogStarted');

/**
 * Top-level fields of a request's log lines: `reqId` and `clientAddress` from the start, `userId` on the line
 * that closes the request (the guard has set the actor by then). pino-http asks twice, at the start and at
 * the end, and adds the end's answer as a child logger unless it is already there: the two answers are kept
 * apart so that no key appears twice in one line.
 */
export function requestLogFields(req: IncomingMessage): Record<string, unknown> {
  const r = req as LoggedRequest;
  const context = requestContextOf(req);
  if (!r[STARTED]) {
    r[STARTED] = true;
    return { reqId: context?.requestId ?? r.id, clientAddress: context?.clientAddress ?? null };
  }
  return { userId: r.actor?.userId ?? null };
}

/**
 * One lean line a request: no headers (tokens, cookies), no bodies (names, e-mail addresses); its request id,
 * client address and user as top-level fields.
 */
export function requestLogOptions(settings: { logLevel: string; nodeEnv: string }): Options {
  return {
    level: settings.logLevel,
    // Structured JSON logs in production; readable lines when a person watches the console.
    transport: settings.nodeEnv === 'development' ? { target: 'pino-pretty', options: { singleLine: true } } : undefined,
    // The request-context middleware runs first and has set req.id; the fallback is for a request it did not see.
    genReqId: (req: IncomingMessage) => {
      const id = (req as LoggedRequest).id;
      return typeof id === 'string' ? id : acceptRequestId(undefined);
    },
    customProps: (req: IncomingMessage, _res: ServerResponse) => requestLogFields(req),
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    autoLogging: { ignore: (req: IncomingMessage) => req.url === '/api/health' },
  };
}

/**
 * Lines logged while a request is handled (an error's stack, a failed audit write) carry its user too: the
 * request's logger learns the user once the guard has let the request through.
 */
@Injectable()
export class RequestLogUserInterceptor implements NestInterceptor {
  constructor(private readonly logger: PinoLogger) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const actor = context.switchToHttp().getRequest<{ actor?: Actor }>()?.actor;
    if (actor && context.getType() === 'http') {
      try {
        this.logger.assign({ userId: actor.userId });
      } catch {
        // Outside the request logger's scope (a route the logger does not cover): nothing to add to.
      }
    }
    return next.handle();
  }
}
