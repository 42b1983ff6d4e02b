import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../common/actor.decorators';
import type { Actor } from '../common/actor';
import { IdPipe } from '../common/id.pipe';
import { QuarterEntryDto } from './dto/quarter-entry.dto';
import { parsePeriod, QuartersService } from './quarters.service';

@ApiTags('quarters')
@Controller('projects')
export class QuartersController {
  constructor(private readonly quarters: QuartersService) {}

  @Get(':id/quarters/:period')
  @ApiOperation({ summary: "A project's quarter: every indicator with its value and the target in force, and the status update" })
  entry(@Param('id', IdPipe) id: number, @Param('period') period: string) {
    return this.quarters.entry(id, parsePeriod('period', period));
  }

  @Put(':id/quarters/:period')
  @ApiOperation({ summary: "Save a project's quarter at once (values and status update), and with submit: true hand it in for review" })
  save(
    @Param('id', IdPipe) id: number,
    @Param('period') period: string,
    @Body() dto: QuarterEntryDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.quarters.save(id, parsePeriod('period', period), dto, actor);
  }
}

@ApiTags('reports')
@Controller('reports')
export class CalendarController {
  constructor(private readonly quarters: QuartersService) {}

  @Get('calendar')
  @ApiOperation({ summary: 'The reporting calendar: per project and quarter, what is due, submitted, approved, returned or overdue' })
  @ApiQuery({ name: 'lab', required: false, type: Number })
  @ApiQuery({ name: 'from', required: false, example: '2016-Q1' })
  @ApiQuery({ name: 'to', required: false, example: '2017-Q4' })
  calendar(@Query('lab') lab?: unknown, @Query('from') from?: unknown, @Query('to') to?: unknown) {
    return this.quarters.calendar({ lab, from, to });
  }
}
