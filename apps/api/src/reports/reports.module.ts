import { Module } from '@nestjs/common';

/** The quarterly outcome report: on screen, as PDF, XLSX and CSV, outcome payments, and frozen versions. */
@Module({})
export class ReportsModule {}
