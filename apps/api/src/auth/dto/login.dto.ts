import { MinLength } from 'class-validator';
import { Email, Text } from '../../common/validators';

export class LoginDto {
  @Email(true) email: string;
  @Text(200, true) password: string;
  /** The device token an earlier sign-in in this browser answered: its attempts count apart from strangers'. */
  @Text(2000) device?: string | null;
}

export class ChangePasswordDto {
  @Text(200, true) currentPassword: string;
  @Text(200, true) @MinLength(10, { message: 'newPassword must be at least 10 characters long' }) newPassword: string;
}
