import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import type { NextFunction, Request, Response } from 'express';
import type { Actor } from './actor';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/** What every log line and audit event of one request carries. */
export interface RequestContext {
  requestId: string;
  /** The client's address: the connection's own, or what a trusted proxy says (TRUST_PROXY). */
  clientAddress: string | null;
  /** The signed-in user, once the AuthGuard has set the actor; null before and for public routes. */
  userId(): number | null;
  /** Set once a security event (sign-in, refusal, …) of this request is on record, so a refusal is not written twice. */
  securityEventWritten: boolean;
}

type ContextRequest = Request & { id?: unknown; actor?: Actor; [CONTEXT]?: RequestContext };
const CONTEXT = Symbol('requestContext');
const storage = new AsyncLocalStorage<RequestContext>();

/**
 * An incoming X-Request-Id is kept when it is short and plain (a proxy's or a client's correlation id: UUIDs,
 * nginx's hex ids); anything else is replaced, so that no header can put arbitrary text into logs and audit rows.
 */
const ACCEPTED_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export function acceptRequestId(raw: unknown): string {
  return typeof raw === 'string' && ACCEPTED_REQUEST_ID.test(raw) ? raw : randomUUID();
}

/** `req.ip` honours Express's `trust proxy`; an IPv4 address arrives IPv4-mapped on a dual-stack socket. */
export function clientAddressOf(req: Request): string | null {
  const candidates = [req.ip, req.socket?.remoteAddress];
  for (const raw of candidates) {
    if (typeof raw !== 'string') continue;
    const address = raw.startsWith('::ffff:') && isIP(raw.slice(7)) === 4 ? raw.slice(7) : raw;
    if (isIP(address)) return address;
  }
  return null;
}

/**
 * The first middleware of every request: it picks the request id, answers it as X-Request-Id (errors too: the
 * header is set before anything can fail) and runs the rest of the request inside its context.
 */
export function requestContextMiddleware(req: Request, res: Response, next: NextFunction): void {
  const r = req as ContextRequest;
  const context: RequestContext = {
    requestId: acceptRequestId(req.headers['x-request-id']),
    clientAddress: clientAddressOf(req),
    userId: () => r.actor?.userId ?? null,
    securityEventWritten: false,
  };
  r[CONTEXT] = context;
  // pino-http takes req.id as the log line's request id.
  r.id = context.requestId;
  res.setHeader(REQUEST_ID_HEADER, context.requestId);
  storage.run(context, next);
}

/** The context of the request being handled; undefined outside a request (start-up, demo data, scripts). */
export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}

/** The context of this request object, for code that has the request in hand (the error filter, the request log). */
export function requestContextOf(req: unknown): RequestContext | undefined {
  return (req as ContextRequest | undefined)?.[CONTEXT];
}
