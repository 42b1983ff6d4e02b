import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { NOTIFICATION_DELIVERIES, NOTIFICATION_KINDS, type NotificationDelivery, type NotificationKind } from '@lab/domain';

/** How one user wants one kind of notice; without a row, at once. */
@Entity('notification_preferences')
export class NotificationPreferenceEntity {
  @ForeignKey('UserEntity', { onDelete: 'CASCADE' })
  @PrimaryColumn({ type: 'integer' })
  userId: number;

  @PrimaryColumn({ type: 'enum', enum: NOTIFICATION_KINDS, enumName: 'notification_kind' })
  kind: NotificationKind;

  @Column({ type: 'enum', enum: NOTIFICATION_DELIVERIES, enumName: 'notification_delivery' })
  delivery: NotificationDelivery;
}
