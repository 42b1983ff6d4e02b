import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../common/actor';
import { CurrentActor, Public } from '../common/actor.decorators';
import { SignInLimited } from '../common/request-limits/request-limits';
import { AuthService } from './auth.service';
import { ChangePasswordDto, LoginDto } from './dto/login.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @SignInLimited()
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Sign in: a token for a new session, who you are, and a device token to send on the next sign-in' })
  login(@Body() dto: LoginDto) {
    return this.auth.login(dto.email, dto.password, dto.device);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Sign out: the session ends on the server, and its token signs nothing after this' })
  async logout(@CurrentActor() actor: Actor): Promise<void> {
    await this.auth.logout(actor);
  }

  @SignInLimited()
  @Post('password')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOperation({ summary: 'Change your own password with the current one: every session ends, this one goes on under the new token' })
  changePassword(@CurrentActor() actor: Actor, @Body() dto: ChangePasswordDto) {
    return this.auth.changePassword(actor.userId, dto.currentPassword, dto.newPassword);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOperation({ summary: 'The signed-in user, with the projects on whose team they are' })
  me(@CurrentActor() actor: Actor) {
    return this.auth.view(actor.userId);
  }
}
