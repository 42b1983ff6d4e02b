import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ReadOnlyController } from '../common/crud.controller';
import type { DistrictEntity } from './district.entity';
import { DistrictsService } from './districts.service';

@ApiTags('districts')
@Controller('districts')
export class DistrictsController extends ReadOnlyController<DistrictEntity>('district', 'districts are reference data, changed only by a migration') {
  constructor(protected readonly service: DistrictsService) {
    super();
  }
}
