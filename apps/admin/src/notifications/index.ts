import EmailOutlinedIcon from '@mui/icons-material/EmailOutlined';
import type { ResourceModule } from '../common/resource-module';
import { messages } from './i18n';
import { NotificationList, NotificationShow } from './Notifications';

/** The outbox on record: list and show, no forms (the notices are written by what they tell about). */
export const notifications: ResourceModule = {
  name: 'notifications', list: NotificationList, show: NotificationShow, icon: EmailOutlinedIcon, messages,
};
