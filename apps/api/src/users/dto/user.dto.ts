import { IsBoolean, IsOptional, MinLength } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { USER_ROLES } from '@lab/domain';
import { AcceptReadOnly, Email, Id, OneOf, Text, UpdateDto } from '../../common/validators';

export class CreateUserDto {
  @Email(true) email: string;
  @Text(200, true) name: string;
  @OneOf(USER_ROLES, true) role: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
  @Id() personId?: number | null;
  /** Sets or resets the password; stored only as an argon2id hash and never returned. */
  @Text(200) @MinLength(10, { message: 'password must be at least 10 characters long' }) password?: string;
}
AcceptReadOnly(CreateUserDto);
export class UpdateUserDto extends UpdateDto(CreateUserDto) {}
