import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import type { DimensionEntity } from './dimension.entity';
import { DimensionsService } from './dimensions.service';
import { CreateDimensionDto, UpdateDimensionDto } from './dto/dimension.dto';

@ApiTags('dimensions')
@Controller('dimensions')
export class DimensionsController extends CrudController<DimensionEntity>('dimension', { create: CreateDimensionDto, update: UpdateDimensionDto }) {
  constructor(protected readonly service: DimensionsService) {
    super();
  }
}
