import LabelIcon from '@mui/icons-material/Label';
import type { ResourceModule } from '../common/resource-module';
import { messages } from './i18n';
import { ThemeCreate, ThemeEdit, ThemeList, ThemeShow } from './Themes';

export const themes: ResourceModule = {
  name: 'themes', list: ThemeList, show: ThemeShow, edit: ThemeEdit, create: ThemeCreate, icon: LabelIcon,
  recordRepresentation: 'name', messages,
};
