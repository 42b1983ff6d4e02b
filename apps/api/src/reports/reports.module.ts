import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CorrectionEntity } from '../corrections/correction.entity';
import { FrozenReportEntity } from './frozen-report.entity';
import { FrozenChangesService } from './frozen-changes.service';
import { FrozenReportsService } from './frozen-reports.service';
import { PaymentsService } from './payments.service';
import { QuarterlyReportService } from './quarterly-report.service';
import { ReportFilesService } from './report-files.service';
import { ReportRenderPool } from './report-render-pool';
import { ReportsController } from './reports.controller';
import { ReportWindowService } from './report-window.service';

/** The quarterly outcome report: on screen, as PDF, XLSX and CSV, outcome payments, and frozen versions. */
@Module({
  imports: [TypeOrmModule.forFeature([FrozenReportEntity, CorrectionEntity])],
  controllers: [ReportsController],
  providers: [QuarterlyReportService, PaymentsService, ReportRenderPool, ReportFilesService, FrozenReportsService, ReportWindowService, FrozenChangesService],
  exports: [QuarterlyReportService],
})
export class ReportsModule {}
