import { Injectable } from '@nestjs/common';
import { hash } from 'argon2';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CrudService } from '../common/crud.service';
import { UserEntity } from './user.entity';
import { USERS } from './users.resource';

type Values = Record<string, unknown>;

@Injectable()
export class UsersService extends CrudService<UserEntity> {
  constructor(dataSource: DataSource, audit: AuditService) {
    super(dataSource, audit, USERS);
  }

  protected override async beforeCreate(_m: EntityManager, values: Values): Promise<void> {
    await hashPassword(values);
  }

  protected override async beforeUpdate(_m: EntityManager, _existing: UserEntity, values: Values): Promise<void> {
    await hashPassword(values);
  }
}

/** A password never reaches a column, a log or an audit event: only its argon2id hash is stored. */
async function hashPassword(values: Values): Promise<void> {
  if (typeof values.password === 'string') values.passwordHash = await hash(values.password, { type: 2 });
  delete values.password;
}
