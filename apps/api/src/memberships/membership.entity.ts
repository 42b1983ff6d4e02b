import { Column, Entity, ForeignKey, Index, Unique } from 'typeorm';
import { MEMBERSHIP_ROLES, type MembershipRole } from '@lab/domain';
import { RecordEntity } from '../database/record.entity';
import { PersonEntity } from '../people/person.entity';
import { ProjectEntity } from '../projects/project.entity';

@Entity('memberships')
@Unique('membership_person_once_per_project', ['projectId', 'personId'])
export class MembershipEntity extends RecordEntity {
  @Index()
  @ForeignKey(() => ProjectEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer' })
  projectId: number;

  @Index()
  @ForeignKey(() => PersonEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer' })
  personId: number;

  @Index()
  @Column({ type: 'enum', enum: MEMBERSHIP_ROLES, enumName: 'membership_role', default: 'member' })
  role: MembershipRole;
}
