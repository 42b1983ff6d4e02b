import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../common/audit/audit.service';
import { CrudService } from '../common/crud.service';
import { AuditEventEntity } from '../common/audit/audit-event.entity';
import { AUDIT_EVENTS } from './audit-events.resource';

@Injectable()
export class AuditEventsService extends CrudService<AuditEventEntity> {
  constructor(dataSource: DataSource, audit: AuditService) {
    super(dataSource, audit, AUDIT_EVENTS);
  }
}
