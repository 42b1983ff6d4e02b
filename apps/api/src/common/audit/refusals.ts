import type { Request } from 'express';
import type { ErrorBody } from '@lab/domain';
import type { Actor } from '../actor';
import { requestContextOf } from '../request-context';

/** A refused request (401 or 403): who, from where, and what they asked for. */
export interface Refusal {
  userId: number | null;
  requestId: string | null;
  clientAddress: string | null;
  method: string;
  /** The route as declared, e.g. `/api/projects/:id`: what refusals are coalesced by. */
  route: string;
  /** The route with its numeric parameters filled in, e.g. `/api/projects/3`; never the query string. */
  path: string;
  /** The names of the query parameters, without their values (a filter may hold names, a link a token). */
  query: string[];
  /** The resource the path names (`projects`, `users`, `auth`, …) and the record id where it has one. */
  resource: string | null;
  recordId: number | null;
  status: number;
  code: string | null;
  message: string;
}

const WORD = /^[a-z][a-z-]{0,49}$/;
const ID = /^\d{1,10}$/;
const MAX_MESSAGE = 300;

/**
 * The refusal as it may be kept: a path segment that is neither a word nor a number (a token, an e-mail
 * address, a quarter) stays the route's `:name`, and of the query string only the names are kept.
 */
export function refusalOf(req: Request, body: Pick<ErrorBody, 'statusCode' | 'message'> & { code?: unknown }): Refusal {
  const context = requestContextOf(req);
  const pathname = (req.originalUrl ?? req.url ?? '').split('?')[0];
  const params = (req.params ?? {}) as Record<string, string>;
  const declared = typeof req.route?.path === 'string' ? req.route.path : null;
  const route = declared ?? pathname.split('/').map((s) => (s === '' || WORD.test(s) || ID.test(s) ? s : ':value')).join('/');
  const path = declared ? declared.replace(/:(\w+)/g, (whole: string, name: string) => (ID.test(params[name] ?? '') ? params[name] : whole)) : route;
  const segments = route.split('/').filter(Boolean);
  const resource = segments[0] === 'api' && WORD.test(segments[1] ?? '') ? segments[1] : null;
  const id = params.id ?? (resource && ID.test(segments[2] ?? '') ? segments[2] : undefined);
  return {
    userId: (req as Request & { actor?: Actor }).actor?.userId ?? null,
    requestId: context?.requestId ?? null,
    clientAddress: context?.clientAddress ?? null,
    method: req.method,
    route: route.slice(0, 200),
    path: path.slice(0, 200),
    query: Object.keys((req.query ?? {}) as object).slice(0, 20).map((k) => k.slice(0, 50)),
    resource,
    recordId: id !== undefined && ID.test(id) ? Number(id) : null,
    status: body.statusCode,
    code: typeof body.code === 'string' ? body.code : null,
    message: String(body.message ?? '').slice(0, MAX_MESSAGE),
  };
}
