import { AGGREGATIONS, DIRECTIONS, EVIDENCE_DESIGNS, EVIDENCE_SOURCES, INDICATOR_ASPECTS, INDICATOR_KINDS, INDICATOR_UNITS } from '@lab/domain';
import { AcceptReadOnly, Decimal, Id, IdArray, IsoDate, OneOf, Text, UpdateDto } from '../../common/validators';

/** Derived on every read (the evidence level) and sent back by react-admin's edit form: accepted and ignored. */
export const INDICATOR_READ_ONLY = ['evidence'] as const;

export class CreateIndicatorDto {
  @Id(true) projectId: number;
  @Text(300, true) name: string;
  @Text(10000) definition?: string | null;
  // kind, aspect and unit are required, unless the indicator adopts a definition: then it takes them from
  // there (the service names a missing one).
  @OneOf(INDICATOR_KINDS) kind?: string;
  @OneOf(INDICATOR_ASPECTS) aspect?: string;
  @OneOf(INDICATOR_UNITS) unit?: string;
  @OneOf(DIRECTIONS) direction?: string;
  @OneOf(AGGREGATIONS) aggregation?: string;
  @Decimal() baselineValue?: number | null;
  @IsoDate() baselineDate?: string | null;
  @Decimal() targetValue?: number | null;
  @IsoDate() targetDate?: string | null;
  @Text(2000) dataSource?: string | null;
  @Id() definitionId?: number | null;
  @OneOf(EVIDENCE_DESIGNS) evidenceDesign?: string;
  @OneOf(EVIDENCE_SOURCES) evidenceSource?: string | null;
  @Text(300) validatedBy?: string | null;
  @IdArray() dimensionIds?: number[] | null;
}
AcceptReadOnly(CreateIndicatorDto, INDICATOR_READ_ONLY);
export class UpdateIndicatorDto extends UpdateDto(CreateIndicatorDto, INDICATOR_READ_ONLY) {}
