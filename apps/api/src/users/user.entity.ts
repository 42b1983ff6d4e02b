import { Check, Column, Entity, ForeignKey, Index } from 'typeorm';
import { USER_ROLES, type UserRole } from '@lab/domain';
import { RecordEntity } from '../database/record.entity';
import { PersonEntity } from '../people/person.entity';

@Entity('users')
@Check('user_language_known', `"language" IN ('nl', 'en')`)
export class UserEntity extends RecordEntity {
  @Column({ type: 'varchar', length: 254, unique: true })
  email: string;

  @Index()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index()
  @Column({ type: 'enum', enum: USER_ROLES, enumName: 'user_role' })
  role: UserRole;

  @Index()
  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** The person this account belongs to; their team memberships give a project member write access. */
  @ForeignKey(() => PersonEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer', nullable: true, unique: true })
  personId: number | null;

  /** The language notices to this user are written in (nl or en). */
  @Column({ type: 'varchar', length: 2, default: 'nl' })
  language: string;

  /** argon2id hash; never selected by default, never returned. */
  @Column({ type: 'varchar', length: 255, nullable: true, select: false })
  passwordHash: string | null;
}
