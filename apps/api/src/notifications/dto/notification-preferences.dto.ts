import { LANGUAGES, NOTIFICATION_DELIVERIES } from '@lab/domain';
import { IsoDate, OneOf } from '../../common/validators';

/** The signed-in user's own choices: the language of their notices, and per kind at once, daily digest or off. */
export class NotificationPreferencesDto {
  @OneOf(LANGUAGES) language?: string;
  @OneOf(NOTIFICATION_DELIVERIES) measurementReturned?: string;
  @OneOf(NOTIFICATION_DELIVERIES) reminderBeforeDue?: string;
  @OneOf(NOTIFICATION_DELIVERIES) reminderAfterDue?: string;
  @OneOf(NOTIFICATION_DELIVERIES) valuesSubmitted?: string;
  @OneOf(NOTIFICATION_DELIVERIES) freezeReminder?: string;
}

/** Which day a run is for (reminders: default today; submitted values: default yesterday): the scheduled run's job, on demand. */
export class RunRemindersDto {
  @IsoDate() on?: string | null;
}
