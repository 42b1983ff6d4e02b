import { Decimal, Id, IsoDate, Quarter, Text } from '../../common/validators';

/** Changing a target: the old target is read from the indicator, never sent. */
export class CreateTargetRevisionDto {
  @Id(true) indicatorId: number;
  @Decimal(true) newValue: number;
  @IsoDate() newDate?: string | null;
  @Quarter(true) effectiveFrom: string;
  @Text(5000, true) reason: string;
}
