import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import type { ResourceModule } from '../common/resource-module';
import { messages } from './i18n';
import { UserCreate, UserEdit, UserList, UserShow } from './Users';

export const users: ResourceModule = {
  name: 'users', list: UserList, show: UserShow, edit: UserEdit, create: UserCreate, icon: ManageAccountsIcon,
  recordRepresentation: 'name', messages,
};
