// A small Nest application for scripts/bench-adapters.mjs, on Express or on Fastify, that mirrors the product's
// app setup (apps/api/src/configure-app.ts) as far as it is cheap to: a request-id middleware running the rest of
// the request in an AsyncLocalStorage context, helmet's headers, Cache-Control: no-store on /api, CORS, a global
// ValidationPipe with the product's options (DTOs checked by class-validator), a global exception filter and a
// 256 kB JSON body limit. Plain JavaScript: Nest's and class-validator's decorators are applied as functions, and
// the parameter types TypeScript would emit (design:paramtypes) are written with Reflect.defineMetadata.
//
// Not mirrored: TypeORM (the SQL goes straight through a pg.Pool of 20), the guards (auth, rate limit) and the
// request log. They cost the same on either adapter.
//
// ADAPTER=node is no Nest at all: node:http answering the same three routes with the same SQL, headers and
// JSON.stringify, and no more (no validation pipe, no filter, no router): the least any HTTP answer costs here.
//
// Run as a child process: ADAPTER=express|fastify|node PORT=… DATABASE_URL=… node scripts/lib/adapter-app.mjs
import 'reflect-metadata';
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import {
  Catch, Controller, Get, HttpException, Inject, Module, Query, ValidationPipe,
} from '@nestjs/common';
import { HttpAdapterHost, NestFactory } from '@nestjs/core';
import { ExpressAdapter } from '@nestjs/platform-express';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { Matches } from 'class-validator';
import helmet from 'helmet';
import pg from 'pg';

export const ADAPTERS = ['express', 'fastify', 'node'];
export const POOL_SIZE = 20;
export const BODY_LIMIT_BYTES = 256 * 1024;

/** The columns of `projects` the product's entity maps, under the names its JSON answers use. */
export const PROJECTS_SQL = `
  SELECT id, version, created_at AS "createdAt", updated_at AS "updatedAt", lab_id AS "labId", code, title, summary,
         problem, target_group AS "targetGroup", phase, previous_phase AS "previousPhase", health,
         start_date AS "startDate", planned_end_date AS "plannedEndDate", budget_cents AS "budgetCents",
         lead_organisation_id AS "leadOrganisationId"
    FROM projects WHERE id = ANY($1::int[]) ORDER BY id`;

/** Every measurement of one project (10 indicators × 40 quarters in the synthetic lab: 400 rows). */
export const MEASUREMENTS_SQL = `
  SELECT m.id, m.version, m.created_at AS "createdAt", m.updated_at AS "updatedAt", m.indicator_id AS "indicatorId",
         m.period, m.value, m.note, m.evidence_url AS "evidenceUrl", m.status, m.review_comment AS "reviewComment",
         m.recorded_by_id AS "recordedById", m.recorded_at AS "recordedAt", m.submitted_at AS "submittedAt",
         m.reviewed_by_id AS "reviewedById", m.reviewed_at AS "reviewedAt", m.people_measured AS "peopleMeasured", m.parts
    FROM measurements m JOIN indicators i ON i.id = m.indicator_id
   WHERE i.project_id = $1 ORDER BY m.indicator_id, m.period`;

export const REQUEST_ID_HEADER = 'X-Request-Id';
const ACCEPTED_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;
const acceptRequestId = (raw) => (typeof raw === 'string' && ACCEPTED_REQUEST_ID.test(raw) ? raw : randomUUID());
const requestContext = new AsyncLocalStorage();
const contextOf = (req) => ({ requestId: acceptRequestId(req.headers['x-request-id']), securityEventWritten: false });

/** The product's global pipe options (apps/api/src/common/validation.pipe.ts), without its DomainError. */
const VALIDATION_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  forbidUnknownValues: true,
  validationError: { target: false, value: false },
};

/** Helmet's default headers, as `helmet()` sets them on a response: the Fastify variant sets the same ones. */
export function helmetHeaders() {
  const headers = {};
  const res = { setHeader: (name, value) => { headers[name] = value; }, removeHeader: (name) => { delete headers[name]; } };
  helmet()({}, res, (error) => { if (error) throw error; });
  return headers;
}

const PG_POOL = Symbol('PG_POOL');

/** Applies decorators the way TypeScript does for a method: in reverse order, each maybe returning a new descriptor. */
function decorateMethod(Class, method, decorators, paramTypes = []) {
  Reflect.defineMetadata('design:paramtypes', paramTypes, Class.prototype, method);
  let descriptor = Object.getOwnPropertyDescriptor(Class.prototype, method);
  for (const decorate of [...decorators].reverse()) descriptor = decorate(Class.prototype, method, descriptor) ?? descriptor;
  Object.defineProperty(Class.prototype, method, descriptor);
}

/** A parameter decorator on argument `index` of `method`. */
const param = (decorate, index) => (target, method) => { decorate(target, method, index); };

// DTOs: what TypeScript classes with class-validator decorators would be.
class ProjectsQuery {}
Matches(/^\d{1,10}(,\d{1,10}){0,99}$/, { message: 'ids must be a comma list of up to 100 ids' })(ProjectsQuery.prototype, 'ids');
class MeasurementsQuery {}
Matches(/^\d{1,10}$/, { message: 'project must be an id' })(MeasurementsQuery.prototype, 'project');

class HealthController {
  check() { return { status: 'ok' }; }
}
Controller('health')(HealthController);
decorateMethod(HealthController, 'check', [Get()]);

class ProjectsController {
  constructor(pool) { this.pool = pool; }
  async list(query) {
    const ids = query.ids.split(',').map(Number);
    return (await this.pool.query(PROJECTS_SQL, [ids])).rows;
  }
}
Controller('projects')(ProjectsController);
Inject(PG_POOL)(ProjectsController, undefined, 0);
Reflect.defineMetadata('design:paramtypes', [Object], ProjectsController);
decorateMethod(ProjectsController, 'list', [Get(), param(Query(), 0)], [ProjectsQuery]);

class MeasurementsController {
  constructor(pool) { this.pool = pool; }
  async list(query) {
    return (await this.pool.query(MEASUREMENTS_SQL, [Number(query.project)])).rows;
  }
}
Controller('measurements')(MeasurementsController);
Inject(PG_POOL)(MeasurementsController, undefined, 0);
Reflect.defineMetadata('design:paramtypes', [Object], MeasurementsController);
decorateMethod(MeasurementsController, 'list', [Get(), param(Query(), 0)], [MeasurementsQuery]);

/** Every error becomes `{ statusCode, message }` through the adapter's own reply, whichever adapter it is. */
class ErrorsFilter {
  constructor(httpAdapter) { this.httpAdapter = httpAdapter; }
  catch(exception, host) {
    const status = exception instanceof HttpException ? exception.getStatus() : 500;
    const body = exception instanceof HttpException ? exception.getResponse() : { statusCode: 500, message: 'Internal server error' };
    if (status >= 500) process.stderr.write(`${exception?.stack ?? exception}\n`);
    this.httpAdapter.reply(host.switchToHttp().getResponse(), typeof body === 'string' ? { statusCode: status, message: body } : body, status);
  }
}
Catch()(ErrorsFilter);

function appModule(pool) {
  class AppModule {}
  Module({
    controllers: [HealthController, ProjectsController, MeasurementsController],
    providers: [{ provide: PG_POOL, useValue: pool }],
  })(AppModule);
  return AppModule;
}

/** The product's configure-app.ts on Express: the same calls in the same order. */
function configureExpress(app) {
  app.set('trust proxy', false);
  app.use((req, res, next) => {
    const context = contextOf(req);
    res.setHeader(REQUEST_ID_HEADER, context.requestId);
    requestContext.run(context, next);
  });
  app.set('query parser', 'simple');
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: BODY_LIMIT_BYTES });
  app.use(helmet());
  app.use('/api', (_req, res, next) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
}

/**
 * The same on Fastify, the way a Fastify app would do it: hooks instead of Express middleware. @fastify/helmet is
 * not installed, so helmet's headers (taken from `helmet()` itself) are set in an onSend hook, with Cache-Control.
 * Body limit and trust proxy are options of the FastifyAdapter; Fastify sends no X-Powered-By.
 */
function configureFastify(app) {
  const fastify = app.getHttpAdapter().getInstance();
  const headers = { ...helmetHeaders(), 'Cache-Control': 'no-store' };
  fastify.addHook('onRequest', (request, reply, done) => {
    const context = contextOf(request);
    reply.header(REQUEST_ID_HEADER, context.requestId);
    requestContext.run(context, done);
  });
  fastify.addHook('onSend', (request, reply, payload, done) => {
    if (request.url.startsWith('/api')) reply.headers(headers);
    done(null, payload);
  });
}

const IDS = /^\d{1,10}(,\d{1,10}){0,99}$/;
const ID = /^\d{1,10}$/;

/**
 * The three routes on node:http alone: the query string checked by the same patterns, the rows of the same SQL
 * through the same pool, helmet's headers, Cache-Control and the request id set as the apps set them.
 */
async function startBare(pool, port) {
  const headers = { ...helmetHeaders(), 'Cache-Control': 'no-store', 'Content-Type': 'application/json; charset=utf-8' };
  const answer = (res, status, body, requestId) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { ...headers, [REQUEST_ID_HEADER]: requestId, 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
  };
  const rows = async (url) => {
    if (url.pathname === '/api/health') return { status: 200, body: { status: 'ok' } };
    if (url.pathname === '/api/projects' && IDS.test(url.searchParams.get('ids') ?? '')) {
      return { status: 200, body: (await pool.query(PROJECTS_SQL, [url.searchParams.get('ids').split(',').map(Number)])).rows };
    }
    if (url.pathname === '/api/measurements' && ID.test(url.searchParams.get('project') ?? '')) {
      return { status: 200, body: (await pool.query(MEASUREMENTS_SQL, [Number(url.searchParams.get('project'))])).rows };
    }
    return { status: 400, body: { statusCode: 400, message: 'Bad Request' } };
  };
  const server = createServer((req, res) => {
    const context = contextOf(req);
    requestContext.run(context, () => {
      rows(new URL(req.url, 'http://localhost')).then(
        ({ status, body }) => answer(res, status, body, context.requestId),
        (error) => { process.stderr.write(`${error?.stack ?? error}\n`); answer(res, 500, { statusCode: 500, message: 'Internal server error' }, context.requestId); },
      );
    });
  });
  await new Promise((ok, fail) => { server.once('error', fail); server.listen(port, '127.0.0.1', ok); });
  return async () => {
    await new Promise((ok) => { server.close(ok); server.closeAllConnections(); });
    await pool.end();
  };
}

/** Creates the application on `adapter` and listens on 127.0.0.1:`port`. Returns a function that stops it. */
export async function startApp({ adapter, port, databaseUrl }) {
  if (!ADAPTERS.includes(adapter)) throw new Error(`ADAPTER must be one of ${ADAPTERS.join(', ')}, not "${adapter}"`);
  const pool = new pg.Pool({ connectionString: databaseUrl, max: POOL_SIZE });
  if (adapter === 'node') return startBare(pool, port);
  const httpAdapter = adapter === 'express'
    ? new ExpressAdapter()
    : new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES, trustProxy: false });
  const app = await NestFactory.create(appModule(pool), httpAdapter, { logger: ['error', 'warn'], abortOnError: false });
  if (adapter === 'express') configureExpress(app);
  else configureFastify(app);
  app.setGlobalPrefix('api');
  app.enableCors({ origin: false, exposedHeaders: ['Content-Range', REQUEST_ID_HEADER] });
  app.useGlobalPipes(new ValidationPipe(VALIDATION_OPTIONS));
  app.useGlobalFilters(new ErrorsFilter(app.get(HttpAdapterHost).httpAdapter));
  await app.listen(port, '127.0.0.1');
  return async () => {
    await app.close();
    await pool.end();
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { ADAPTER: adapter, PORT: port, DATABASE_URL: databaseUrl } = process.env;
  startApp({ adapter, port: Number(port), databaseUrl }).then((stop) => {
    let stopping = false;
    for (const signal of ['SIGINT', 'SIGTERM']) {
      process.on(signal, () => {
        if (stopping) return;
        stopping = true;
        stop().then(() => process.exit(0), () => process.exit(1));
      });
    }
    process.send?.({ type: 'ready' });
  }, (error) => {
    process.stderr.write(`The ${adapter} app did not start: ${error?.stack ?? error}\n`);
    process.exit(1);
  });
}
