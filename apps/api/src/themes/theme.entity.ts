import { Column, Entity, ForeignKey, Index, Unique } from 'typeorm';
import { RecordEntity } from '../database/record.entity';
import { LabEntity } from '../labs/lab.entity';

@Entity('themes')
@Unique('theme_name_per_lab', ['labId', 'name'])
export class ThemeEntity extends RecordEntity {
  @Index()
  @ForeignKey(() => LabEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer' })
  labId: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;
}
