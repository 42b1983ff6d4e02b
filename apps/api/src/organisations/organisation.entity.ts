import { Column, Entity, Index } from 'typeorm';
import { PERSPECTIVES, type Perspective } from '@lab/domain';
import { RecordEntity } from '../database/record.entity';

@Entity('organisations')
export class OrganisationEntity extends RecordEntity {
  @Column({ type: 'varchar', length: 200, unique: true })
  name: string;

  @Index()
  @Column({ type: 'enum', enum: PERSPECTIVES, enumName: 'perspective' })
  perspective: Perspective;

  @Column({ type: 'varchar', length: 500, nullable: true })
  website: string | null;
}
