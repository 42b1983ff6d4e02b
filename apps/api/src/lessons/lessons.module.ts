import { Module } from '@nestjs/common';
import { LessonsController } from './lessons.controller';
import { LessonsService } from './lessons.service';

@Module({ controllers: [LessonsController], providers: [LessonsService], exports: [LessonsService] })
export class LessonsModule {}
