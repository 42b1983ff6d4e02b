import { Email, Text } from '../../common/validators';

export class LoginDto {
  @Email(true) email: string;
  @Text(200, true) password: string;
}
