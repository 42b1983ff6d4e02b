import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CreateOrganisationDto, UpdateOrganisationDto } from './dto/organisation.dto';
import type { OrganisationEntity } from './organisation.entity';
import { OrganisationsService } from './organisations.service';

@ApiTags('organisations')
@Controller('organisations')
export class OrganisationsController extends CrudController<OrganisationEntity>('organisation', { create: CreateOrganisationDto, update: UpdateOrganisationDto }) {
  constructor(protected readonly service: OrganisationsService) {
    super();
  }
}
