import { HEALTHS } from '@lab/domain';
import { AcceptReadOnly, Id, OneOf, Quarter, Text, UpdateDto } from '../../common/validators';

export const STATUS_UPDATE_READ_ONLY = ['submittedAt'] as const;

export class CreateStatusUpdateDto {
  @Id(true) projectId: number;
  @Quarter(true) period: string;
  @OneOf(HEALTHS, true) health: string;
  @Text(20000, true) narrative: string;
}
AcceptReadOnly(CreateStatusUpdateDto, STATUS_UPDATE_READ_ONLY);
export class UpdateStatusUpdateDto extends UpdateDto(CreateStatusUpdateDto, STATUS_UPDATE_READ_ONLY) {}
