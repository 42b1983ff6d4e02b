import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CreatePersonDto, UpdatePersonDto } from './dto/person.dto';
import type { PersonEntity } from './person.entity';
import { PeopleService } from './people.service';

@ApiTags('people')
@Controller('people')
export class PeopleController extends CrudController<PersonEntity>('person', { create: CreatePersonDto, update: UpdatePersonDto }) {
  constructor(protected readonly service: PeopleService) {
    super();
  }
}
