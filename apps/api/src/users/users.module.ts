import { Module } from '@nestjs/common';
import { UsersController } from './users.controller';
import { UserDirectory } from './user-directory';
import { UsersService } from './users.service';

@Module({ controllers: [UsersController], providers: [UsersService, UserDirectory], exports: [UsersService, UserDirectory] })
export class UsersModule {}
