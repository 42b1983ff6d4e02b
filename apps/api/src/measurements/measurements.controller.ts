import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CreateMeasurementDto, UpdateMeasurementDto } from './dto/measurement.dto';
import type { MeasurementEntity } from './measurement.entity';
import { MeasurementsService } from './measurements.service';

@ApiTags('measurements')
@Controller('measurements')
export class MeasurementsController extends CrudController<MeasurementEntity>('measurement', { create: CreateMeasurementDto, update: UpdateMeasurementDto }) {
  constructor(protected readonly service: MeasurementsService) {
    super();
  }
}
