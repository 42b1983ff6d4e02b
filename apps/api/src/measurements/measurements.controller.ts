import { Body, Controller, Get, HttpCode, Param, ParseEnumPipe, Post } from '@nestjs/common';
import { ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { DomainError, REVIEW_ACTIONS, type ReviewAction } from '@lab/domain';
import { CurrentActor } from '../common/actor.decorators';
import type { Actor } from '../common/actor';
import { CrudController } from '../common/crud.controller';
import { IdPipe } from '../common/id.pipe';
import { CreateMeasurementDto, UpdateMeasurementDto } from './dto/measurement.dto';
import { CommentDto, ReviewDto } from './dto/review.dto';
import type { MeasurementEntity } from './measurement.entity';
import { MeasurementsService } from './measurements.service';

@ApiTags('measurements')
@Controller('measurements')
export class MeasurementsController extends CrudController<MeasurementEntity>('measurement', { create: CreateMeasurementDto, update: UpdateMeasurementDto }) {
  constructor(protected readonly service: MeasurementsService) {
    super();
  }

  @Get(':id/comments')
  @ApiOperation({ summary: 'The review thread of a measurement, oldest first' })
  comments(@Param('id', IdPipe) id: number) {
    return this.service.comments(id);
  }

  @Post(':id/comments')
  @ApiOperation({ summary: 'Add a remark to the review thread (the project team, the focus team, administrators)' })
  addComment(@Param('id', IdPipe) id: number, @Body() dto: CommentDto, @CurrentActor() actor: Actor) {
    return this.service.addComment(id, dto.body, actor);
  }

  @Post(':id/:action')
  @HttpCode(200)
  @ApiParam({ name: 'action', enum: REVIEW_ACTIONS })
  @ApiOperation({
    summary: 'A review step: submit (the team), approve, return with a comment, reopen with a reason (focus team, administrators); 422 lists what is unmet',
  })
  review(
    @Param('id', IdPipe) id: number,
    @Param('action', new ParseEnumPipe(Object.fromEntries(REVIEW_ACTIONS.map((a) => [a, a])), {
      exceptionFactory: () => new DomainError('NOT_FOUND', `There is no such review step; use one of ${REVIEW_ACTIONS.join(', ')}.`),
    })) action: ReviewAction,
    @Body() dto: ReviewDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.service.review(id, action, dto, actor);
  }
}

