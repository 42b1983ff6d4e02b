import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../common/actor.decorators';
import type { Actor } from '../common/actor';
import { IdPipe } from '../common/id.pipe';
import { DashboardService } from './dashboard.service';

@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get()
  @ApiOperation({ summary: 'Aggregates for the home page: projects per phase and health, milestones overdue and due within 30 days, indicators behind target, latest gate decisions, and the signed-in user\'s review queues' })
  @ApiQuery({ name: 'lab', required: false, type: Number })
  figures(@Query('lab', new IdPipe({ optional: true })) lab: number | null, @CurrentActor() actor: Actor) {
    return this.dashboard.figures(lab, actor);
  }
}
