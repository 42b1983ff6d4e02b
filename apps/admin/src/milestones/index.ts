import FlagIcon from '@mui/icons-material/Flag';
import type { ResourceModule } from '../common/resource-module';
import { messages } from './i18n';
import { MilestoneCreate, MilestoneEdit, MilestoneList, MilestoneShow } from './Milestones';

export const milestones: ResourceModule = {
  name: 'milestones', list: MilestoneList, show: MilestoneShow, edit: MilestoneEdit, create: MilestoneCreate, icon: FlagIcon,
  recordRepresentation: 'title', messages,
};
