import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../common/audit/audit.service';
import { CrudService } from '../common/crud.service';
import { StatusUpdateEntity } from './status-update.entity';
import { STATUS_UPDATES } from './status-updates.resource';

@Injectable()
export class StatusUpdatesService extends CrudService<StatusUpdateEntity> {
  constructor(dataSource: DataSource, audit: AuditService) {
    super(dataSource, audit, STATUS_UPDATES);
  }
}
