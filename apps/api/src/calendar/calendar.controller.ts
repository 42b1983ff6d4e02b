import { Controller, Get, Query } from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { CalendarService } from './calendar.service';

@ApiTags('reports')
@Controller('reports')
export class CalendarController {
  constructor(private readonly reportingCalendar: CalendarService) {}

  @Get('calendar')
  @ApiOperation({ summary: 'The reporting calendar: per project and quarter, what is due, submitted, approved, returned or overdue' })
  @ApiQuery({ name: 'lab', required: false, type: Number })
  @ApiQuery({ name: 'from', required: false, example: '2016-Q1' })
  @ApiQuery({ name: 'to', required: false, example: '2017-Q4' })
  calendar(@Query('lab') lab?: unknown, @Query('from') from?: unknown, @Query('to') to?: unknown) {
    return this.reportingCalendar.calendar({ lab, from, to });
  }
}
