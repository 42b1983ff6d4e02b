import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CreateStatusUpdateDto, UpdateStatusUpdateDto } from './dto/status-update.dto';
import type { StatusUpdateEntity } from './status-update.entity';
import { StatusUpdatesService } from './status-updates.service';

@ApiTags('status-updates')
@Controller('status-updates')
export class StatusUpdatesController extends CrudController<StatusUpdateEntity>('status update', { create: CreateStatusUpdateDto, update: UpdateStatusUpdateDto }) {
  constructor(protected readonly service: StatusUpdatesService) {
    super();
  }
}
