import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ReadOnlyController } from '../common/crud.controller';
import type { PhaseDecisionEntity } from './phase-decision.entity';
import { PhaseDecisionsService } from './phase-decisions.service';

@ApiTags('phase-decisions')
@Controller('phase-decisions')
export class PhaseDecisionsController extends ReadOnlyController<PhaseDecisionEntity>('phase decision', 'gate decisions are history; make one with POST /api/projects/{id}/transition') {
  constructor(protected readonly service: PhaseDecisionsService) {
    super();
  }
}
