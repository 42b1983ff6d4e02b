import EventNoteIcon from '@mui/icons-material/EventNote';
import type { ResourceModule } from '../common/resource-module';
import { messages } from './i18n';
import { StatusUpdateCreate, StatusUpdateEdit, StatusUpdateList, StatusUpdateShow } from './StatusUpdates';

export const statusUpdates: ResourceModule = {
  name: 'status-updates', list: StatusUpdateList, show: StatusUpdateShow, edit: StatusUpdateEdit, create: StatusUpdateCreate,
  icon: EventNoteIcon, recordRepresentation: 'period', messages,
};
