import { IsBoolean, IsOptional } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { USER_ROLES } from '@lab/domain';
import { AcceptReadOnly, Email, Id, OneOf, Text, UpdateDto } from '../../common/validators';

export class CreateUserDto {
  @Email(true) email: string;
  @Text(200, true) name: string;
  @OneOf(USER_ROLES, true) role: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
  @Id() personId?: number | null;
}
AcceptReadOnly(CreateUserDto);
export class UpdateUserDto extends UpdateDto(CreateUserDto) {}
