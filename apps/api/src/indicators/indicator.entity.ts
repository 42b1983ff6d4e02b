import { Check, Column, Entity, ForeignKey, Index } from 'typeorm';
import {
  AGGREGATIONS, DIRECTIONS, EVIDENCE_DESIGNS, EVIDENCE_SOURCES, INDICATOR_ASPECTS, INDICATOR_KINDS, INDICATOR_UNITS,
  type Aggregation, type Direction, type EvidenceDesign, type EvidenceSource, type IndicatorAspect, type IndicatorKind, type IndicatorUnit,
} from '@lab/domain';
import { numericTransformer, RecordEntity } from '../database/record.entity';
import { IndicatorDefinitionEntity } from '../indicator-definitions/indicator-definition.entity';
import { ProjectEntity } from '../projects/project.entity';

@Entity('indicators')
@Check('indicator_percent_range',
  '"unit" <> \'percent\' OR (("baseline_value" IS NULL OR "baseline_value" BETWEEN 0 AND 100) AND ("target_value" IS NULL OR "target_value" BETWEEN 0 AND 100))')
@Check('indicator_target_after_baseline', '"target_date" IS NULL OR "baseline_date" IS NULL OR "target_date" >= "baseline_date"')
// Word search (`q`) on searchText: a trigram GIN index, made by a migration, which TypeORM cannot describe.
@Index('indicator_search_text', { synchronize: false })
export class IndicatorEntity extends RecordEntity {
  @Index()
  @ForeignKey(() => ProjectEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer' })
  projectId: number;

  @Index()
  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Column({ type: 'text', nullable: true })
  definition: string | null;

  @Index()
  @Column({ type: 'enum', enum: INDICATOR_KINDS, enumName: 'indicator_kind' })
  kind: IndicatorKind;

  @Column({ type: 'enum', enum: INDICATOR_ASPECTS, enumName: 'indicator_aspect' })
  aspect: IndicatorAspect;

  @Column({ type: 'enum', enum: INDICATOR_UNITS, enumName: 'indicator_unit' })
  unit: IndicatorUnit;

  @Column({ type: 'enum', enum: DIRECTIONS, enumName: 'direction', default: 'increase' })
  direction: Direction;

  /** How quarters add up to the overall figure. */
  @Column({ type: 'enum', enum: AGGREGATIONS, enumName: 'aggregation', default: 'sum' })
  aggregation: Aggregation;

  @Column({ type: 'numeric', precision: 16, scale: 4, nullable: true, transformer: numericTransformer })
  baselineValue: number | null;

  @Column({ type: 'date', nullable: true })
  baselineDate: string | null;

  @Column({ type: 'numeric', precision: 16, scale: 4, nullable: true, transformer: numericTransformer })
  targetValue: number | null;

  @Column({ type: 'date', nullable: true })
  targetDate: string | null;

  @Column({ type: 'text', nullable: true })
  dataSource: string | null;

  /** The lab's shared definition it adopts, if any: then unit, direction and aggregation are the definition's. */
  @Index()
  @ForeignKey(() => IndicatorDefinitionEntity, { onDelete: 'RESTRICT' })
  @Column({ type: 'integer', nullable: true })
  definitionId: number | null;

  /** The design behind its figures, for the evidence level (libs/domain evidence-level.ts). */
  @Column({ type: 'enum', enum: EVIDENCE_DESIGNS, enumName: 'evidence_design', default: 'none' })
  evidenceDesign: EvidenceDesign;

  @Column({ type: 'enum', enum: EVIDENCE_SOURCES, enumName: 'evidence_source', nullable: true })
  evidenceSource: EvidenceSource | null;

  /** Who validates the figures (an organisation, a researcher): free text, no client details. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  validatedBy: string | null;

  /** The lab's dimensions its figures are broken down by, in order (empty: no breakdown). */
  @Column({ type: 'integer', array: true, default: () => `'{}'` })
  dimensionIds: number[];

  /** The searched columns joined by spaces, lower-cased, for `q` (see INDICATORS.list.searchText); never read or written. */
  @Column({
    type: 'text', select: false, insert: false, update: false, generatedType: 'STORED',
    asExpression: `lower(coalesce("name", '') || ' ' || coalesce("definition", '') || ' ' || coalesce("data_source", ''))`,
  })
  searchText?: string;
}
