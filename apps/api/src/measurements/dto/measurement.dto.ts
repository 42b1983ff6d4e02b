import type { Parts } from '@lab/domain';
import { AcceptReadOnly, Decimal, Id, PartsField, Quarter, Text, UpdateDto, Url, WholeNumber } from '../../common/validators';

export const MEASUREMENT_READ_ONLY = [
  'status', 'reviewComment', 'recordedById', 'recordedAt', 'submittedAt', 'reviewedById', 'reviewedAt', 'projectId', 'context',
] as const;

export class CreateMeasurementDto {
  @Id(true) indicatorId: number;
  @Quarter(true) period: string;
  @Decimal(true) value: number;
  @Text(5000) note?: string | null;
  @Url() evidenceUrl?: string | null;
  @WholeNumber(0, 10_000_000) peopleMeasured?: number | null;
  @PartsField() parts?: Parts | null;
  /** Only for a closed quarter (administrators): why a value is written after the council received the frozen report. */
  @Text(4000) reason?: string | null;
}
AcceptReadOnly(CreateMeasurementDto, MEASUREMENT_READ_ONLY);
export class UpdateMeasurementDto extends UpdateDto(CreateMeasurementDto, MEASUREMENT_READ_ONLY) {}
