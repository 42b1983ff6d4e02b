import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../common/audit/audit.service';
import { CrudService } from '../common/crud.service';
import { OrganisationEntity } from './organisation.entity';
import { ORGANISATIONS } from './organisations.resource';

@Injectable()
export class OrganisationsService extends CrudService<OrganisationEntity> {
  constructor(dataSource: DataSource, audit: AuditService) {
    super(dataSource, audit, ORGANISATIONS);
  }
}
