import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { addDays, DomainError, todayIso } from '@lab/domain';
import { CurrentActor } from '../common/actor.decorators';
import type { Actor } from '../common/actor';
import { ReadOnlyController } from '../common/crud.controller';
import { NotificationPreferencesDto, RunRemindersDto } from './dto/notification-preferences.dto';
import type { NotificationEntity } from './notification.entity';
import { NotificationSender } from './notification-sender';
import { NotificationsService } from './notifications.service';
import { FreezeRemindersService } from './freeze-reminders.service';
import { RemindersService } from './reminders.service';
import { SubmittedNotices } from './submitted-notices.service';

const adminOnly = (actor: Actor, what: string) => {
  if (actor.role !== 'admin') throw new DomainError('FORBIDDEN', `Only an administrator may ${what}.`);
};

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController extends ReadOnlyController<NotificationEntity>('notification', 'notices are written by the events they tell about') {
  constructor(
    protected readonly service: NotificationsService,
    private readonly reminders: RemindersService,
    private readonly freezeReminders: FreezeRemindersService,
    private readonly sender: NotificationSender,
    private readonly submitted: SubmittedNotices,
  ) {
    super();
  }

  @Post('run-reminders')
  @HttpCode(200)
  @ApiOperation({ summary: 'Write the reminders due on a day (default today), as the daily schedule does; administrators only' })
  runReminders(@Body() dto: RunRemindersDto, @CurrentActor() actor: Actor) {
    adminOnly(actor, 'run the reminders');
    return this.reminders.run(dto.on ?? todayIso());
  }

  @Post('run-freeze-reminders')
  @HttpCode(200)
  @ApiOperation({ summary: 'Tell the administrators what is pending before a report is due to be frozen, for a day (default today), as the daily schedule does; administrators only' })
  runFreezeReminders(@Body() dto: RunRemindersDto, @CurrentActor() actor: Actor) {
    adminOnly(actor, 'run the freeze reminders');
    return this.freezeReminders.run(dto.on ?? todayIso());
  }

  @Post('run-submitted')
  @HttpCode(200)
  @ApiOperation({ summary: 'Tell the focus team what was submitted on a day (default yesterday), as the daily schedule does; administrators only' })
  runSubmitted(@Body() dto: RunRemindersDto, @CurrentActor() actor: Actor) {
    adminOnly(actor, 'run the notices of submitted values');
    return this.submitted.run(dto.on ?? addDays(todayIso(), -1));
  }

  @Post('run-digest')
  @HttpCode(200)
  @ApiOperation({ summary: 'Send the waiting daily digests now, as the daily schedule does; administrators only' })
  async runDigest(@CurrentActor() actor: Actor) {
    adminOnly(actor, 'send the digests');
    return { sent: await this.sender.sendDigests() };
  }
}

@ApiTags('notifications')
@Controller('notification-preferences')
export class NotificationPreferencesController {
  constructor(private readonly service: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: 'Your notices: their language, and per kind at_once, daily_digest or off' })
  get(@CurrentActor() actor: Actor) {
    return this.service.preferences(actor.userId);
  }

  @Put()
  @ApiOperation({ summary: 'Change your notices: send the fields to change' })
  put(@Body() dto: NotificationPreferencesDto, @CurrentActor() actor: Actor) {
    return this.service.setPreferences(actor, { ...dto });
  }
}
