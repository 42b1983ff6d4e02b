import { Module } from '@nestjs/common';

/** Quarterly entry per project and quarter, and the reporting calendar. */
@Module({})
export class QuartersModule {}
