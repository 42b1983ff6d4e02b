import { MEMBERSHIP_ROLES } from '@lab/domain';
import { AcceptReadOnly, Id, OneOf, UpdateDto } from '../../common/validators';

export class CreateMembershipDto {
  @Id(true) projectId: number;
  @Id(true) personId: number;
  @OneOf(MEMBERSHIP_ROLES, true) role: string;
}
AcceptReadOnly(CreateMembershipDto);
export class UpdateMembershipDto extends UpdateDto(CreateMembershipDto) {}
