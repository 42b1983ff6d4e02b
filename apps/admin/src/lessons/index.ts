import LightbulbIcon from '@mui/icons-material/Lightbulb';
import type { ResourceModule } from '../common/resource-module';
import { messages } from './i18n';
import { LessonCreate, LessonEdit, LessonList, LessonShow } from './Lessons';

export const lessons: ResourceModule = {
  name: 'lessons', list: LessonList, show: LessonShow, edit: LessonEdit, create: LessonCreate, icon: LightbulbIcon, messages,
};
