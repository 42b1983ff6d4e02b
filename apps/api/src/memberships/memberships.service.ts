import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../common/audit/audit.service';
import { CrudService } from '../common/crud.service';
import { MembershipEntity } from './membership.entity';
import { MEMBERSHIPS } from './memberships.resource';

@Injectable()
export class MembershipsService extends CrudService<MembershipEntity> {
  constructor(dataSource: DataSource, audit: AuditService) {
    super(dataSource, audit, MEMBERSHIPS);
  }
}
