import { Injectable } from '@nestjs/common';
import { DataSource, type EntitySubscriberInterface, type InsertEvent } from 'typeorm';
import { isOneOf, SECURITY_ACTIONS } from '@lab/domain';
import { currentRequestContext } from '../request-context';
import { AuditEventEntity } from './audit-event.entity';

/**
 * Every audit event written through TypeORM inside a request gets that request's id and client address, and
 * a security event marks the request as already on record. A subscriber rather than a step in AuditService,
 * so that a caller that inserts the entity itself (the sign-in's failed attempts) is covered too.
 */
@Injectable()
export class AuditContextSubscriber implements EntitySubscriberInterface<AuditEventEntity> {
  constructor(dataSource: DataSource) {
    dataSource.subscribers.push(this);
  }

  listenTo() {
    return AuditEventEntity;
  }

  beforeInsert(event: InsertEvent<AuditEventEntity>): void {
    const context = currentRequestContext();
    if (!context || !event.entity) return;
    event.entity.requestId ??= context.requestId;
    event.entity.clientAddress ??= context.clientAddress;
  }

  afterInsert(event: InsertEvent<AuditEventEntity>): void {
    const context = currentRequestContext();
    if (context && isOneOf(SECURITY_ACTIONS, event.entity?.action)) context.securityEventWritten = true;
  }
}
