import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../common/actor.decorators';
import type { Actor } from '../common/actor';
import { IdPipe } from '../common/id.pipe';
import { QuarterEntryDto } from './dto/quarter-entry.dto';
import { parsePeriod, QuartersService } from './quarters.service';

@ApiTags('quarters')
@Controller('projects')
export class QuartersController {
  constructor(private readonly quarters: QuartersService) {}

  @Get(':id/quarters')
  @ApiOperation({ summary: "A project's quarters over its run, each judged by the phase it was in then, and the first one still open" })
  run(@Param('id', IdPipe) id: number) {
    return this.quarters.quarters(id);
  }

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
