import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CreateIndicatorDto, UpdateIndicatorDto } from './dto/indicator.dto';
import type { IndicatorEntity } from './indicator.entity';
import { IndicatorsService } from './indicators.service';

@ApiTags('indicators')
@Controller('indicators')
export class IndicatorsController extends CrudController<IndicatorEntity>('indicator', { create: CreateIndicatorDto, update: UpdateIndicatorDto }) {
  constructor(protected readonly service: IndicatorsService) {
    super();
  }
}
