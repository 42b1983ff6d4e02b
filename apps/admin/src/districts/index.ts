import MapIcon from '@mui/icons-material/Map';
import type { ResourceModule } from '../common/resource-module';
import { DistrictList, DistrictShow } from './Districts';
import { messages } from './i18n';

/** Reference data: read-only. */
export const districts: ResourceModule = {
  name: 'districts', list: DistrictList, show: DistrictShow, icon: MapIcon, recordRepresentation: 'name', messages,
};
