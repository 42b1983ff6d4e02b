import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../common/audit/audit.service';
import { CrudService } from '../common/crud.service';
import { PersonEntity } from './person.entity';
import { PEOPLE } from './people.resource';

@Injectable()
export class PeopleService extends CrudService<PersonEntity> {
  constructor(dataSource: DataSource, audit: AuditService) {
    super(dataSource, audit, PEOPLE);
  }
}
