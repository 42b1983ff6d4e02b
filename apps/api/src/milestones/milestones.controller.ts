import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CreateMilestoneDto, UpdateMilestoneDto } from './dto/milestone.dto';
import type { MilestoneEntity } from './milestone.entity';
import { MilestonesService } from './milestones.service';

@ApiTags('milestones')
@Controller('milestones')
export class MilestonesController extends CrudController<MilestoneEntity>('milestone', { create: CreateMilestoneDto, update: UpdateMilestoneDto }) {
  constructor(protected readonly service: MilestonesService) {
    super();
  }
}
