import type { LoggerService } from '@nestjs/common';
import { StartupQuietLogger } from './startup-logger';

function recorder() {
  const lines: string[] = [];
  const inner: LoggerService = {
    log: (m: unknown, ...r: unknown[]) => void lines.push(`log ${String(m)} ${r.join(' ')}`),
    debug: (m: unknown, ...r: unknown[]) => void lines.push(`debug ${String(m)} ${r.join(' ')}`),
    error: (m: unknown, ...r: unknown[]) => void lines.push(`error ${String(m)} ${r.join(' ')}`),
    warn: (m: unknown, ...r: unknown[]) => void lines.push(`warn ${String(m)} ${r.join(' ')}`),
  };
  return { lines, logger: new StartupQuietLogger(inner) };
}

it("moves Nest's module list and route table to debug and leaves every other line as it was", () => {
  const { lines, logger } = recorder();
  logger.log('Mapped {/api/projects, GET} route', 'RouterExplorer');
  logger.log('ProjectsController {/api/projects}:', 'RoutesResolver');
  logger.log('AppModule dependencies initialized', 'InstanceLoader');
  logger.log('Nest application successfully started', 'NestApplication');
  logger.log('Applied a change', 'ProjectsService');
  logger.warn('Slow query', 'RouterExplorer');
  logger.error('Boom', 'stack', 'ExceptionsHandler');
  expect(lines).toEqual([
    'debug Mapped {/api/projects, GET} route RouterExplorer',
    'debug ProjectsController {/api/projects}: RoutesResolver',
    'debug AppModule dependencies initialized InstanceLoader',
    'debug Nest application successfully started NestApplication',
    'log Applied a change ProjectsService',
    'warn Slow query RouterExplorer',
    'error Boom stack ExceptionsHandler',
  ]);
});
