import { Module } from '@nestjs/common';
import { MeasurementsModule } from '../measurements/measurements.module';
import { StatusUpdatesModule } from '../status-updates/status-updates.module';
import { CalendarController, QuartersController } from './quarters.controller';
import { QuartersService } from './quarters.service';

/** Quarterly entry per project and quarter, and the reporting calendar. */
@Module({ imports: [MeasurementsModule, StatusUpdatesModule], controllers: [QuartersController, CalendarController], providers: [QuartersService] })
export class QuartersModule {}
