import { AcceptReadOnly, Id, Text, UpdateDto } from '../../common/validators';

export class CreateThemeDto {
  @Id(true) labId: number;
  @Text(200, true) name: string;
  @Text(5000) description?: string | null;
}
AcceptReadOnly(CreateThemeDto);
export class UpdateThemeDto extends UpdateDto(CreateThemeDto) {}
