import { Module } from '@nestjs/common';
import { MeasurementsModule } from '../measurements/measurements.module';
import { StatusUpdatesModule } from '../status-updates/status-updates.module';
import { QuarterImportController } from './quarter-import.controller';
import { QuarterImportService } from './quarter-import.service';
import { QuartersController } from './quarters.controller';
import { QuartersService } from './quarters.service';

/** Quarterly entry per project and quarter, and its spreadsheet template and import. */
@Module({ imports: [MeasurementsModule, StatusUpdatesModule], controllers: [QuartersController, QuarterImportController], providers: [QuartersService, QuarterImportService] })
export class QuartersModule {}
