import { Decimal, Id, IsoDate, Text } from '../../common/validators';

/** A threshold as the go into the experiment sends it, one per outcome indicator. */
export class CriterionDto {
  @Id(true) indicatorId: number;
  @Decimal(true) value: number;
  @IsoDate(true) byDate: string;
}

/** A change of a fixed criterion: a new value, a new date or both, and always the reason. */
export class ReviseCriterionDto {
  @Decimal() value?: number | null;
  @IsoDate() byDate?: string | null;
  @Text(5000, true) reason: string;
}
