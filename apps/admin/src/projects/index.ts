import AccountTreeIcon from '@mui/icons-material/AccountTree';
import type { ResourceModule } from '../common/resource-module';
import { messages } from './i18n';
import { ProjectCreate, ProjectEdit } from './ProjectForm';
import { ProjectList } from './ProjectList';
import { ProjectShow } from './ProjectShow';

export const projects: ResourceModule = {
  name: 'projects', list: ProjectList, show: ProjectShow, edit: ProjectEdit, create: ProjectCreate, icon: AccountTreeIcon,
  recordRepresentation: (r) => `${r.code} — ${r.title}`, messages,
};
