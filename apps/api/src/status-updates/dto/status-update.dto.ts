import { HEALTHS } from '@lab/domain';
import { AcceptReadOnly, Id, OneOf, Quarter, Text, UpdateDto, WholeNumber } from '../../common/validators';

export const STATUS_UPDATE_READ_ONLY = ['submittedAt'] as const;

export class CreateStatusUpdateDto {
  @Id(true) projectId: number;
  @Quarter(true) period: string;
  @OneOf(HEALTHS, true) health: string;
  @Text(20000, true) narrative: string;
}
AcceptReadOnly(CreateStatusUpdateDto, STATUS_UPDATE_READ_ONLY);
export class UpdateStatusUpdateDto extends UpdateDto(CreateStatusUpdateDto, STATUS_UPDATE_READ_ONLY) {}

/** Reopening a submitted status update: the reason (required) and optionally the version the reviewer saw. */
export class ReopenStatusUpdateDto {
  @Text(4000) comment?: string | null;
  /** In a closed quarter (administrators only): why what the council received changes. */
  @Text(4000) reason?: string | null;
  @WholeNumber(1, 2147483647) version?: number | null;
}
