import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Amsterdam's stadsdelen: reference data loaded by the initial migration, read-only through the API. */
@Entity('districts')
export class DistrictEntity {
  @PrimaryGeneratedColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'varchar', length: 40, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 100, unique: true })
  name: string;
}
