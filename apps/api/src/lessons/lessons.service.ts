import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../common/audit/audit.service';
import { CrudService } from '../common/crud.service';
import { LessonEntity } from './lesson.entity';
import { LESSONS } from './lessons.resource';

@Injectable()
export class LessonsService extends CrudService<LessonEntity> {
  constructor(dataSource: DataSource, audit: AuditService) {
    super(dataSource, audit, LESSONS);
  }
}
