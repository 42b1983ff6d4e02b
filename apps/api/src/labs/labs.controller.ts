import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CreateLabDto, UpdateLabDto } from './dto/lab.dto';
import type { LabEntity } from './lab.entity';
import { LabsService } from './labs.service';

@ApiTags('labs')
@Controller('labs')
export class LabsController extends CrudController<LabEntity>('lab', { create: CreateLabDto, update: UpdateLabDto }) {
  constructor(protected readonly service: LabsService) {
    super();
  }
}
