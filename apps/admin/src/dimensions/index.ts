import CategoryIcon from '@mui/icons-material/Category';
import type { ResourceModule } from '../common/resource-module';
import { DimensionCreate, DimensionEdit, DimensionList, DimensionShow } from './Dimensions';
import { messages } from './i18n';

export const dimensions: ResourceModule = {
  name: 'dimensions', list: DimensionList, show: DimensionShow, edit: DimensionEdit, create: DimensionCreate, icon: CategoryIcon,
  recordRepresentation: 'name', messages,
};
