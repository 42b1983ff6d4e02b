import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../common/audit/audit.service';
import { CrudService } from '../common/crud.service';
import { LabEntity } from './lab.entity';
import { LABS } from './labs.resource';

@Injectable()
export class LabsService extends CrudService<LabEntity> {
  constructor(dataSource: DataSource, audit: AuditService) {
    super(dataSource, audit, LABS);
  }
}
