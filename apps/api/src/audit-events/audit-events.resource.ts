import { AUDIT_ACTIONS, AUDITED_RESOURCES } from '@lab/domain';
import type { ResourceDefinition } from '../common/resource';
import { AuditEventEntity } from '../common/audit/audit-event.entity';

export const AUDIT_EVENTS: ResourceDefinition<AuditEventEntity> = {
  name: 'audit-events', label: 'audit event', entity: AuditEventEntity,
  list: {
    fields: {
      id: 'int', resource: { enum: AUDITED_RESOURCES }, recordId: 'int', userId: 'int', action: { enum: AUDIT_ACTIONS }, occurredAt: 'timestamp',
      // Both indexed: every event of one request, and what one address did.
      requestId: 'string', clientAddress: 'string',
    },
    sortable: ['id', 'resource', 'recordId', 'userId', 'action', 'occurredAt'],
    search: [],
    defaultSort: ['id', 'DESC'],
  },
};
