import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CalendarFeedEntity } from './calendar-feed.entity';
import { CalendarFeedsController } from './calendar-feeds.controller';
import { CalendarFeedsService } from './calendar-feeds.service';

/** Personal calendar feeds (ICS) of report due dates and milestones. */
@Module({ imports: [TypeOrmModule.forFeature([CalendarFeedEntity])], controllers: [CalendarFeedsController], providers: [CalendarFeedsService] })
export class CalendarFeedsModule {}
