import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CrudService } from '../common/crud.service';
import { UserEntity } from './user.entity';
import { USERS } from './users.resource';

@Injectable()
export class UsersService extends CrudService<UserEntity> {
  constructor(dataSource: DataSource, audit: AuditService) {
    super(dataSource, audit, USERS);
  }
}
