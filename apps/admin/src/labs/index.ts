import ScienceIcon from '@mui/icons-material/Science';
import type { ResourceModule } from '../common/resource-module';
import { messages } from './i18n';
import { LabCreate, LabEdit, LabList, LabShow } from './Labs';

export const labs: ResourceModule = {
  name: 'labs', list: LabList, show: LabShow, edit: LabEdit, create: LabCreate, icon: ScienceIcon,
  recordRepresentation: 'name', messages,
};
