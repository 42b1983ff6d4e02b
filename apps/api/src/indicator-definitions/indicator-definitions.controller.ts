import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CreateIndicatorDefinitionDto, UpdateIndicatorDefinitionDto } from './dto/indicator-definition.dto';
import type { IndicatorDefinitionEntity } from './indicator-definition.entity';
import { IndicatorDefinitionsService } from './indicator-definitions.service';

@ApiTags('indicator-definitions')
@Controller('indicator-definitions')
export class IndicatorDefinitionsController extends CrudController<IndicatorDefinitionEntity>('indicator definition', {
  create: CreateIndicatorDefinitionDto, update: UpdateIndicatorDefinitionDto,
}) {
  constructor(protected readonly service: IndicatorDefinitionsService) {
    super();
  }
}
