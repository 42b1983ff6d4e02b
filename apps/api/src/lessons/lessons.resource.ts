import { LESSON_KINDS } from '@lab/domain';
import { byProjectId } from '../common/access';
import type { ResourceDefinition } from '../common/resource';
import { RECORD_FIELDS, RECORD_SORTABLE } from '../common/list-fields';
import { LessonEntity } from './lesson.entity';

export const LESSONS: ResourceDefinition<LessonEntity> = {
  name: 'lessons', label: 'lesson', entity: LessonEntity,
  projectOf: byProjectId,
  list: {
    fields: { ...RECORD_FIELDS, projectId: 'int', kind: { enum: LESSON_KINDS }, themeId: 'int', date: 'date' },
    sortable: [...RECORD_SORTABLE, 'projectId', 'kind', 'themeId', 'date'],
    search: ['text'],
    defaultSort: ['date', 'DESC'],
  },
};
