import GroupsIcon from '@mui/icons-material/Groups';
import type { ResourceModule } from '../common/resource-module';
import { messages } from './i18n';
import { MembershipCreate, MembershipEdit, MembershipList, MembershipShow } from './Memberships';

export const memberships: ResourceModule = {
  name: 'memberships', list: MembershipList, show: MembershipShow, edit: MembershipEdit, create: MembershipCreate, icon: GroupsIcon,
  messages,
};
