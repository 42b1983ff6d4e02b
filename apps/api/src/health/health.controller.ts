import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import type { Response } from 'express';
import { Public } from '../common/actor.decorators';
import { Unlimited } from '../common/request-limits/request-limits';
import { DATABASE_UNAVAILABLE_MESSAGE } from '../common/database-errors';
import { DatabasePing } from './database-ping';

@ApiTags('health')
@Public()
// Never limited: an orchestrator's probes and a flood's victims must always get their answer.
@Unlimited()
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthCheckService, private readonly db: DatabasePing) {}

  /**
   * Liveness plus a database round trip, on a connection of its own (DatabasePing). 503 when PostgreSQL
   * does not answer within 1.5 s, with the same message as every other request then gets, and terminus's
   * details (`status: "error"`, what is down).
   */
  @Get()
  @HealthCheck()
  async check(@Res({ passthrough: true }) res: Response) {
    try {
      return await this.health.check([() => this.db.check('database')]);
    } catch (error) {
      const details = error instanceof ServiceUnavailableException ? (error.getResponse() as Record<string, unknown>) : { status: 'error' };
      res.status(503).setHeader('Retry-After', '5');
      return { statusCode: 503, error: 'Service Unavailable', message: DATABASE_UNAVAILABLE_MESSAGE, ...details };
    }
  }
}
