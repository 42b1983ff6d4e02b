import { AGGREGATIONS, DIRECTIONS, INDICATOR_ASPECTS, INDICATOR_KINDS, INDICATOR_UNITS } from '@lab/domain';
import { AcceptReadOnly, Decimal, Id, IsoDate, OneOf, Text, UpdateDto } from '../../common/validators';

export class CreateIndicatorDto {
  @Id(true) projectId: number;
  @Text(300, true) name: string;
  @Text(10000) definition?: string | null;
  @OneOf(INDICATOR_KINDS, true) kind: string;
  @OneOf(INDICATOR_ASPECTS, true) aspect: string;
  @OneOf(INDICATOR_UNITS, true) unit: string;
  @OneOf(DIRECTIONS) direction?: string;
  @OneOf(AGGREGATIONS) aggregation?: string;
  @Decimal() baselineValue?: number | null;
  @IsoDate() baselineDate?: string | null;
  @Decimal() targetValue?: number | null;
  @IsoDate() targetDate?: string | null;
  @Text(2000) dataSource?: string | null;
}
AcceptReadOnly(CreateIndicatorDto);
export class UpdateIndicatorDto extends UpdateDto(CreateIndicatorDto) {}
