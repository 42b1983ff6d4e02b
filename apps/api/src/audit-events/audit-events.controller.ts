import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ReadOnlyController } from '../common/crud.controller';
import type { AuditEventEntity } from '../common/audit/audit-event.entity';
import { AuditEventsService } from './audit-events.service';

@ApiTags('audit-events')
@Controller('audit-events')
export class AuditEventsController extends ReadOnlyController<AuditEventEntity>('audit event', 'the audit trail is append-only') {
  constructor(protected readonly service: AuditEventsService) {
    super();
  }
}
