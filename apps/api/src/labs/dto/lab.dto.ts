import { AcceptReadOnly, IsoDate, Text, UpdateDto, WholeNumber } from '../../common/validators';

export class CreateLabDto {
  @Text(200, true) name: string;
  @Text(100, true) city: string;
  @Text(200) facilitator?: string | null;
  @Text(200) venue?: string | null;
  @IsoDate() startDate?: string | null;
  @IsoDate() endDate?: string | null;
  @Text(10000) description?: string | null;
  @WholeNumber(0, 365) reportingDueDays?: number;
  @WholeNumber(1, 1000) smallNumberThreshold?: number;
  @WholeNumber(0, 90) reminderDays?: number;
}
AcceptReadOnly(CreateLabDto);
export class UpdateLabDto extends UpdateDto(CreateLabDto) {}
