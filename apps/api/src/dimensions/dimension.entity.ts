import { Check, Column, Entity, ForeignKey, Index, Unique } from 'typeorm';
import type { DimensionValue } from '@lab/domain';
import { RecordEntity } from '../database/record.entity';
import { LabEntity } from '../labs/lab.entity';

/** A lab's breakdown dimension (stadsdeel, doelgroep) and its values: what an indicator's figures are broken down by. */
@Entity('dimensions')
@Unique('dimension_key_per_lab', ['labId', 'key'])
@Check('dimension_values_list', `jsonb_typeof("values") = 'array'`)
export class DimensionEntity extends RecordEntity {
  @Index()
  // A lab that can be deleted (no projects) takes its dimensions along: nothing is broken down by them.
  @ForeignKey(() => LabEntity, { onDelete: 'CASCADE' })
  @Column({ type: 'integer' })
  labId: number;

  /** The dimension's name in a measurement's parts: `stadsdeel`. */
  @Column({ type: 'varchar', length: 40 })
  key: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Its values in their order, `{code, label}`; a code that measurements use does not go away. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  values: DimensionValue[];
}
