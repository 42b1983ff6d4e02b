import { NOTIFICATION_DELIVERIES, NOTIFICATION_KINDS, NOTIFICATION_STATUSES } from '@lab/domain';
import type { ResourceDefinition } from '../common/resource';
import { NotificationEntity } from './notification.entity';

export const NOTIFICATIONS: ResourceDefinition<NotificationEntity> = {
  name: 'notifications', label: 'notification', entity: NotificationEntity,
  list: {
    fields: {
      id: 'int', userId: 'int', kind: { enum: NOTIFICATION_KINDS }, status: { enum: NOTIFICATION_STATUSES },
      delivery: { enum: NOTIFICATION_DELIVERIES }, queuedAt: 'timestamp', sentAt: 'timestamp',
    },
    sortable: ['id', 'userId', 'kind', 'status', 'queuedAt', 'sentAt', 'attempts'],
    search: ['subject'],
    defaultSort: ['id', 'DESC'],
  },
};
