import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../common/actor.decorators';
import type { Actor } from '../common/actor';
import { CrudController } from '../common/crud.controller';
import { IdPipe } from '../common/id.pipe';
import { CreateStatusUpdateDto, ReopenStatusUpdateDto, UpdateStatusUpdateDto } from './dto/status-update.dto';
import type { StatusUpdateEntity } from './status-update.entity';
import { StatusUpdatesService } from './status-updates.service';

@ApiTags('status-updates')
@Controller('status-updates')
export class StatusUpdatesController extends CrudController<StatusUpdateEntity>('status update', { create: CreateStatusUpdateDto, update: UpdateStatusUpdateDto }) {
  constructor(protected readonly service: StatusUpdatesService) {
    super();
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reopen a submitted status update with a reason (focus team, administrators): a draft again; 422 lists what is unmet' })
  reopen(@Param('id', IdPipe) id: number, @Body() dto: ReopenStatusUpdateDto, @CurrentActor() actor: Actor) {
    return this.service.reopen(id, dto, actor);
  }
}
