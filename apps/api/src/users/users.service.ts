import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../common/audit/audit.service';
import type { Actor } from '../common/actor';
import { CrudService, type Json } from '../common/crud.service';
import { PasswordHasher } from '../common/password-hasher';
import { assertPasswordAllowed } from './password-policy';
import { UserDirectory } from './user-directory';
import { UserEntity } from './user.entity';
import { USERS } from './users.resource';

type Values = Record<string, unknown>;

@Injectable()
export class UsersService extends CrudService<UserEntity> {
  constructor(dataSource: DataSource, audit: AuditService, private readonly directory: UserDirectory, private readonly hasher: PasswordHasher) {
    super(dataSource, audit, USERS);
  }

  // Signed-in accounts are kept in memory per instance: this one forgets them before answering, the others
  // on the commit's notice (see UserDirectory).
  override async create(input: Values, actor: Actor | null, within?: EntityManager): Promise<Json> {
    try { return await super.create(input, actor, within); } finally { this.directory.changed(); }
  }

  override async update(id: number, input: Values, actor: Actor | null, within?: EntityManager): Promise<Json> {
    try { return await super.update(id, input, actor, within); } finally { this.directory.changed(); }
  }

  override async remove(id: number, actor: Actor | null): Promise<Json> {
    try { return await super.remove(id, actor); } finally { this.directory.changed(); }
  }

  protected override async beforeCreate(_m: EntityManager, values: Values): Promise<void> {
    await checkPassword(values, values);
    await this.hashPassword(values);
  }

  protected override async beforeUpdate(m: EntityManager, existing: UserEntity, values: Values, _links: Values, actor: Actor | null): Promise<void> {
    // The password is judged against the e-mail address and name the account will have once saved.
    await checkPassword(values, { email: values.email ?? existing.email, name: values.name ?? existing.name });
    if (typeof values.password === 'string') {
      // A reset is a security event of its own, in the same transaction (the hash is never recorded).
      await this.audit.security('password_reset', { userId: actor?.userId ?? null, recordId: existing.id }, m);
    }
    await this.hashPassword(values);
  }

  /** A password never reaches a column, a log or an audit event: only its argon2id hash is stored. */
  private async hashPassword(values: Values): Promise<void> {
    if (typeof values.password === 'string') values.passwordHash = await this.hasher.hash(values.password);
    delete values.password;
  }
}

async function checkPassword(values: Values, owner: { email?: unknown; name?: unknown }): Promise<void> {
  if (typeof values.password !== 'string') return;
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  await assertPasswordAllowed(values.password, { email: text(owner.email), name: text(owner.name) });
}
