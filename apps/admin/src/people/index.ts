import PersonIcon from '@mui/icons-material/Person';
import type { ResourceModule } from '../common/resource-module';
import { messages } from './i18n';
import { PersonCreate, PersonEdit, PersonList, PersonShow } from './People';

export const people: ResourceModule = {
  name: 'people', list: PersonList, show: PersonShow, edit: PersonEdit, create: PersonCreate, icon: PersonIcon,
  recordRepresentation: 'name', messages,
};
