import { Module } from '@nestjs/common';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';

/** The reporting calendar of a lab: per project and quarter, where its reporting stands. */
@Module({ controllers: [CalendarController], providers: [CalendarService] })
export class CalendarModule {}
