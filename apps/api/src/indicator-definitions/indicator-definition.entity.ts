import { Column, Entity, ForeignKey, Index, Unique } from 'typeorm';
import {
  AGGREGATIONS, DIRECTIONS, INDICATOR_ASPECTS, INDICATOR_KINDS, INDICATOR_UNITS,
  type Aggregation, type Direction, type IndicatorAspect, type IndicatorKind, type IndicatorUnit,
} from '@lab/domain';
import { RecordEntity } from '../database/record.entity';
import { LabEntity } from '../labs/lab.entity';

/** A lab's shared indicator: what projects' indicators adopt so that their figures can be compared. */
@Entity('indicator_definitions')
@Unique('indicator_definition_name_per_lab', ['labId', 'name'])
export class IndicatorDefinitionEntity extends RecordEntity {
  @Index()
  @ForeignKey(() => LabEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer' })
  labId: number;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Column({ type: 'text', nullable: true })
  definition: string | null;

  @Column({ type: 'enum', enum: INDICATOR_KINDS, enumName: 'indicator_kind' })
  kind: IndicatorKind;

  @Column({ type: 'enum', enum: INDICATOR_ASPECTS, enumName: 'indicator_aspect' })
  aspect: IndicatorAspect;

  @Column({ type: 'enum', enum: INDICATOR_UNITS, enumName: 'indicator_unit' })
  unit: IndicatorUnit;

  @Column({ type: 'enum', enum: DIRECTIONS, enumName: 'direction', default: 'increase' })
  direction: Direction;

  @Column({ type: 'enum', enum: AGGREGATIONS, enumName: 'aggregation', default: 'sum' })
  aggregation: Aggregation;

  @Column({ type: 'text', nullable: true })
  dataSource: string | null;
}
