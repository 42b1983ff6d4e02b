import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { static as serveStatic, type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import type { AppSettings } from './app.module';
import { AuditService } from './common/audit/audit.service';
import { HttpErrorsFilter } from './common/http-errors.filter';
import { REQUEST_ID_HEADER, requestContextMiddleware } from './common/request-context';
import { createValidationPipe } from './common/validation.pipe';

/** Everything between Nest's bootstrap and listen(), shared by main.ts and the end-to-end tests. */
export function configureApp(app: INestApplication, settings: AppSettings): INestApplication {
  const express = app as NestExpressApplication;
  // Off unless TRUST_PROXY names the proxies in front: only then is X-Forwarded-For the client's address.
  express.set('trust proxy', settings.trustProxy);
  // First of all, so that every answer (errors, body-parser refusals, static files) carries X-Request-Id.
  app.use(requestContextMiddleware);
  express.set('query parser', 'simple');
  express.disable('x-powered-by');
  // No ETag on API answers: they are no-store (below), so no client ever sends it back, and Express would hash
  // every answer's body (SHA-1, the 400 measurements' 160 kB each time) to make it. Static files keep theirs.
  express.set('etag', false);
  express.useBodyParser('json', { limit: '256kb' });
  app.setGlobalPrefix('api');
  app.use(helmet());
  // Every API answer is someone's view of the lab (names, addresses, tokens, figures before the council has
  // them): no browser or proxy keeps a copy (ASVS 14.3.2). The dashboard's static files keep their own rule.
  app.use('/api', (_req: unknown, res: { setHeader(name: string, value: string): void }, next: () => void) => {
    res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.enableCors({
    origin: settings.corsOrigin ?? false,
    exposedHeaders: ['Content-Range', REQUEST_ID_HEADER],
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new HttpErrorsFilter(app.get(AuditService)));

  // The OpenAPI document is built when /api/docs is first asked, not at every replica's start (it is kept then).
  const document = () => SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Meedoen Werkt lab tracker API')
      .setDescription("Every record of the Participatielab, in react-admin's ra-data-simple-rest dialect.")
      .setVersion('1')
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  // The built dashboard at /, so one URL holds both. Hashed assets are immutable; index.html is not. No
  // path under /api is a file: those requests pass by without the file lookup (a stat each) static does.
  if (existsSync(join(settings.adminDistDir, 'index.html'))) {
    const files = serveStatic(settings.adminDistDir, {
      index: 'index.html',
      setHeaders: (res, path) => res.setHeader('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache'),
    });
    app.use((req: Request, res: Response, next: NextFunction) => (req.path === '/api' || req.path.startsWith('/api/') ? next() : files(req, res, next)));
  }
  return app;
}
