import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { CrudController } from '../common/crud.controller';
import { CreateLessonDto, UpdateLessonDto } from './dto/lesson.dto';
import type { LessonEntity } from './lesson.entity';
import { LessonsService } from './lessons.service';

@ApiTags('lessons')
@Controller('lessons')
export class LessonsController extends CrudController<LessonEntity>('lesson', { create: CreateLessonDto, update: UpdateLessonDto }) {
  constructor(protected readonly service: LessonsService) {
    super();
  }
}
