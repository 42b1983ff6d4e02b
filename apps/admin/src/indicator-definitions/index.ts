import LibraryBooksIcon from '@mui/icons-material/LibraryBooks';
import type { ResourceModule } from '../common/resource-module';
import { messages } from './i18n';
import { IndicatorDefinitionCreate, IndicatorDefinitionEdit, IndicatorDefinitionList, IndicatorDefinitionShow } from './IndicatorDefinitions';

export const indicatorDefinitions: ResourceModule = {
  name: 'indicator-definitions', list: IndicatorDefinitionList, show: IndicatorDefinitionShow, edit: IndicatorDefinitionEdit,
  create: IndicatorDefinitionCreate, icon: LibraryBooksIcon, recordRepresentation: 'name', messages,
};
