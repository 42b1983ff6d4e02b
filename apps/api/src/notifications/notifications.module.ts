import { type DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JOB_QUEUE_SETTINGS, JobQueue, type JobQueueSettings } from './job-queue';
import { MAIL_SETTINGS, Mailer, type MailSettings } from './mailer';
import { NotificationPreferenceEntity } from './notification-preference.entity';
import { NotificationSender } from './notification-sender';
import { NotificationEntity } from './notification.entity';
import { NotificationPreferencesController, NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';
import { NOTICE_SETTINGS, OutboxService, type NoticeSettings } from './outbox.service';
import { FreezeRemindersService } from './freeze-reminders.service';
import { RemindersService } from './reminders.service';
import { SubmittedNotices } from './submitted-notices.service';
import { TeamNotices } from './team-notices.service';

export interface NotificationsOptions {
  jobs: JobQueueSettings;
  mail: MailSettings;
  notices: NoticeSettings;
}

/** Notices to people: the outbox, its job queue and mail, preferences, reminders. Global: review steps emit notices. */
@Module({})
export class NotificationsModule {
  static register(options: NotificationsOptions): DynamicModule {
    return {
      module: NotificationsModule,
      global: true,
      imports: [TypeOrmModule.forFeature([NotificationEntity, NotificationPreferenceEntity])],
      controllers: [NotificationsController, NotificationPreferencesController],
      providers: [
        { provide: JOB_QUEUE_SETTINGS, useValue: options.jobs },
        { provide: MAIL_SETTINGS, useValue: options.mail },
        { provide: NOTICE_SETTINGS, useValue: options.notices },
        JobQueue, Mailer, OutboxService, TeamNotices, NotificationSender, RemindersService, FreezeRemindersService, SubmittedNotices, NotificationsService,
      ],
      exports: [TeamNotices, OutboxService, NOTICE_SETTINGS],
    };
  }
}
