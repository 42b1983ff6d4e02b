import { All, Controller, Delete, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { DomainError } from '@lab/domain';
import { ApiExcludeEndpoint, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentActor, Public } from '../common/actor.decorators';
import type { Actor } from '../common/actor';
import { CalendarFeedsService } from './calendar-feeds.service';

/**
 * Your personal calendar feed: `mine` to see, turn on (a new address each time) and revoke it, signed in;
 * the feed itself at its secret address, without signing in (a calendar program cannot sign in), limited per
 * client address like every other route.
 */
@ApiTags('calendar-feeds')
@Controller('calendar-feeds')
export class CalendarFeedsController {
  constructor(private readonly feeds: CalendarFeedsService) {}

  @Get('mine')
  @ApiOperation({ summary: 'Whether your calendar feed is on (its address is shown only when it is made)' })
  status(@CurrentActor() actor: Actor) {
    return this.feeds.status(actor);
  }

  @Post('mine')
  @HttpCode(201)
  @ApiOperation({ summary: 'Turn your calendar feed on, or give it a new address: answers the address once; a previous one stops working' })
  enable(@CurrentActor() actor: Actor) {
    return this.feeds.enable(actor);
  }

  @Delete('mine')
  @HttpCode(204)
  @ApiOperation({ summary: 'Revoke your calendar feed: its address answers 404 from now on' })
  async revoke(@CurrentActor() actor: Actor): Promise<void> {
    await this.feeds.revoke(actor);
  }

  @Public()
  @Get(':file')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Content-Disposition', 'inline; filename="meedoen-werkt.ics"')
  @ApiOperation({ summary: 'A calendar feed (ICS) at its secret address, GET /api/calendar-feeds/<token>.ics: no sign-in' })
  feed(@Param('file') file: string) {
    return this.feeds.ics(file);
  }

  /**
   * Any other method on these paths: 405 for who is signed in, and (as every route but the feed itself) 401
   * before that for who is not, so that the addresses tell a stranger nothing more than a 401.
   */
  @All(['mine', ':file'])
  @ApiExcludeEndpoint()
  otherMethod(): never {
    throw new DomainError('METHOD_NOT_ALLOWED', 'A calendar feed is read with GET; yours is managed with GET, POST and DELETE on /api/calendar-feeds/mine.');
  }
}
