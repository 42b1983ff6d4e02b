import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CreateUserDto, UpdateUserDto } from './dto/user.dto';
import type { UserEntity } from './user.entity';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller('users')
export class UsersController extends CrudController<UserEntity>('user', { create: CreateUserDto, update: UpdateUserDto }) {
  constructor(protected readonly service: UsersService) {
    super();
  }
}
