import InsightsIcon from '@mui/icons-material/Insights';
import type { ResourceModule } from '../common/resource-module';
import { messages } from './i18n';
import { IndicatorCreate, IndicatorEdit, IndicatorList, IndicatorShow } from './Indicators';

export const indicators: ResourceModule = {
  name: 'indicators', list: IndicatorList, show: IndicatorShow, edit: IndicatorEdit, create: IndicatorCreate, icon: InsightsIcon,
  recordRepresentation: 'name', messages,
};
