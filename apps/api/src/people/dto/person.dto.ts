import { PERSPECTIVES } from '@lab/domain';
import { AcceptReadOnly, Email, Id, OneOf, Text, UpdateDto } from '../../common/validators';

export class CreatePersonDto {
  @Text(200, true) name: string;
  @Email() email?: string | null;
  @Id() organisationId?: number | null;
  @OneOf(PERSPECTIVES) perspective?: string | null;
}
AcceptReadOnly(CreatePersonDto);
export class UpdatePersonDto extends UpdateDto(CreatePersonDto) {}
