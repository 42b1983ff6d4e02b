import { AGGREGATIONS, DIRECTIONS, INDICATOR_ASPECTS, INDICATOR_KINDS, INDICATOR_UNITS } from '@lab/domain';
import { AcceptReadOnly, Id, OneOf, Text, UpdateDto } from '../../common/validators';

/** Derived on every read and sent back by react-admin's edit form: accepted and ignored. */
export const INDICATOR_DEFINITION_READ_ONLY = ['adoptedBy'] as const;

export class CreateIndicatorDefinitionDto {
  @Id(true) labId: number;
  @Text(300, true) name: string;
  @Text(10000) definition?: string | null;
  @OneOf(INDICATOR_KINDS, true) kind: string;
  @OneOf(INDICATOR_ASPECTS, true) aspect: string;
  @OneOf(INDICATOR_UNITS, true) unit: string;
  @OneOf(DIRECTIONS) direction?: string;
  @OneOf(AGGREGATIONS) aggregation?: string;
  @Text(2000) dataSource?: string | null;
}
AcceptReadOnly(CreateIndicatorDefinitionDto, INDICATOR_DEFINITION_READ_ONLY);
export class UpdateIndicatorDefinitionDto extends UpdateDto(CreateIndicatorDefinitionDto, INDICATOR_DEFINITION_READ_ONLY) {}
