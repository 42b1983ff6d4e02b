import { Column, Entity, ForeignKey, Index } from 'typeorm';
import { PERSPECTIVES, type Perspective } from '@lab/domain';
import { RecordEntity } from '../database/record.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';

/** A professional on a project team: name and work e-mail only, never data about citizens. */
@Entity('people')
export class PersonEntity extends RecordEntity {
  @Index()
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 254, nullable: true, unique: true })
  email: string | null;

  @Index()
  @ForeignKey(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer', nullable: true })
  organisationId: number | null;

  @Column({ type: 'enum', enum: PERSPECTIVES, enumName: 'perspective', nullable: true })
  perspective: Perspective | null;
}
