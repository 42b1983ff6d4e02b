import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CreateMembershipDto, UpdateMembershipDto } from './dto/membership.dto';
import type { MembershipEntity } from './membership.entity';
import { MembershipsService } from './memberships.service';

@ApiTags('memberships')
@Controller('memberships')
export class MembershipsController extends CrudController<MembershipEntity>('membership', { create: CreateMembershipDto, update: UpdateMembershipDto }) {
  constructor(protected readonly service: MembershipsService) {
    super();
  }
}
