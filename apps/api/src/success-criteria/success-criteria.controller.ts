import { Body, Controller, Delete, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@lab/domain';
import { CurrentActor } from '../common/actor.decorators';
import type { Actor } from '../common/actor';
import { ReadController } from '../common/crud.controller';
import { IdPipe } from '../common/id.pipe';
import { ReviseCriterionDto } from './dto/success-criterion.dto';
import type { SuccessCriterionEntity } from './success-criterion.entity';
import { SuccessCriteriaService } from './success-criteria.service';

@ApiTags('success-criteria')
@Controller('success-criteria')
export class SuccessCriteriaController extends ReadController<SuccessCriterionEntity>('success criterion') {
  constructor(protected readonly service: SuccessCriteriaService) {
    super();
  }

  @Post(':id/revisions')
  @HttpCode(200)
  @ApiOperation({ summary: 'Change a fixed success criterion (value and/or byDate) with a reason; flagged when approved results exist' })
  @ApiBody({ type: ReviseCriterionDto })
  revise(@Param('id', IdPipe) id: number, @Body() dto: ReviseCriterionDto, @CurrentActor() actor: Actor) {
    return this.service.revise(id, dto, actor);
  }

  @Post()
  @HttpCode(405)
  @ApiOperation({ summary: 'Not allowed: success criteria are fixed by the go into the experiment (POST /api/projects/{id}/transition)' })
  create(): never {
    throw new DomainError('METHOD_NOT_ALLOWED', 'Success criteria are fixed by the go into the experiment: POST /api/projects/{id}/transition with hypothesis and criteria.');
  }

  @Put(':id')
  @ApiOperation({ summary: 'Not allowed: a fixed criterion changes through POST /api/success-criteria/{id}/revisions' })
  update(@Param('id', IdPipe) id: number, @Body() body: Record<string, unknown>, @CurrentActor() actor: Actor): Promise<never> {
    return this.service.refusePlainWrite(id, body, actor);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Not allowed: a fixed criterion stays on record' })
  remove(): never {
    throw new DomainError('METHOD_NOT_ALLOWED', 'A success criterion fixed at the gate stays on record; change it through a revision with a reason.');
  }
}
