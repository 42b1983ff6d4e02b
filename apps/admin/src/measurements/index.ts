import StraightenIcon from '@mui/icons-material/Straighten';
import type { ResourceModule } from '../common/resource-module';
import { measurementSubject } from '../reviews/subject';
import { messages } from './i18n';
import { MeasurementCreate, MeasurementEdit, MeasurementList, MeasurementShow } from './Measurements';

export const measurements: ResourceModule = {
  name: 'measurements', list: MeasurementList, show: MeasurementShow, edit: MeasurementEdit, create: MeasurementCreate,
  icon: StraightenIcon, recordRepresentation: (r) => measurementSubject({ period: r.period, context: r.context }), messages,
};
