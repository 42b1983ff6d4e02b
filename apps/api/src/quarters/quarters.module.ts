import { Module } from '@nestjs/common';
import { MeasurementsModule } from '../measurements/measurements.module';
import { StatusUpdatesModule } from '../status-updates/status-updates.module';
import { QuartersController } from './quarters.controller';
import { QuartersService } from './quarters.service';

/** Quarterly entry per project and quarter. */
@Module({ imports: [MeasurementsModule, StatusUpdatesModule], controllers: [QuartersController], providers: [QuartersService] })
export class QuartersModule {}
