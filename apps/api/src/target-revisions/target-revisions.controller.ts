import { Body, Controller, Delete, Post, Put } from '@nestjs/common';
import { DomainError } from '@lab/domain';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor } from '../common/actor.decorators';
import type { Actor } from '../common/actor';
import { ReadController } from '../common/crud.controller';
import { CreateTargetRevisionDto } from './dto/target-revision.dto';
import type { TargetRevisionEntity } from './target-revision.entity';
import { TargetRevisionsService } from './target-revisions.service';

@ApiTags('target-revisions')
@Controller('target-revisions')
export class TargetRevisionsController extends ReadController<TargetRevisionEntity>('target revision') {
  constructor(protected readonly service: TargetRevisionsService) {
    super();
  }

  @Post()
  @ApiOperation({ summary: "Change an indicator's target, with a reason" })
  @ApiBody({ type: CreateTargetRevisionDto })
  create(@Body() dto: CreateTargetRevisionDto, @CurrentActor() actor: Actor) {
    return this.service.create({ ...dto }, actor);
  }

  @Put(':id')
  update(): never {
    throw new DomainError('METHOD_NOT_ALLOWED', 'A target revision is history and cannot be changed; record a new revision instead.');
  }

  @Delete(':id')
  remove(): never {
    throw new DomainError('METHOD_NOT_ALLOWED', 'A target revision is history and cannot be deleted; record a new revision instead.');
  }
}
