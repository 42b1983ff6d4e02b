import { IsBoolean, IsOptional, MinLength } from 'class-validator';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { LANGUAGES, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, RULE_WORDS, USER_ROLES } from '@lab/domain';
import { AcceptReadOnly, Email, Id, OneOf, Text, UpdateDto } from '../../common/validators';

export class CreateUserDto {
  @Email(true) email: string;
  @Text(200, true) name: string;
  @OneOf(USER_ROLES, true) role: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
  @Id() personId?: number | null;
  /** The language of the user's notices (the user changes it too, on their notification settings). */
  @OneOf(LANGUAGES) language?: string;
  /**
   * Sets or resets the password; stored only as an argon2id hash and never returned. Beyond its length the
   * service checks it against common passwords and the user's own name and address (libs/domain passwords.ts).
   */
  @Text(PASSWORD_MAX_LENGTH) @MinLength(PASSWORD_MIN_LENGTH, { message: `password ${RULE_WORDS.password_too_short}` }) password?: string;
}
AcceptReadOnly(CreateUserDto);
export class UpdateUserDto extends UpdateDto(CreateUserDto) {}
