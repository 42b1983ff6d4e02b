import { PERSPECTIVES } from '@lab/domain';
import { AcceptReadOnly, OneOf, Text, UpdateDto, Url } from '../../common/validators';

export class CreateOrganisationDto {
  @Text(200, true) name: string;
  @OneOf(PERSPECTIVES, true) perspective: string;
  @Url() website?: string | null;
}
AcceptReadOnly(CreateOrganisationDto);
export class UpdateOrganisationDto extends UpdateDto(CreateOrganisationDto) {}
