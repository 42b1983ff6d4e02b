import StraightenIcon from '@mui/icons-material/Straighten';
import type { ResourceModule } from '../common/resource-module';
import { messages } from './i18n';
import { MeasurementCreate, MeasurementEdit, MeasurementList, MeasurementShow } from './Measurements';

export const measurements: ResourceModule = {
  name: 'measurements', list: MeasurementList, show: MeasurementShow, edit: MeasurementEdit, create: MeasurementCreate,
  icon: StraightenIcon, // "MW-03 · Deelnemers met betaald werk · 2017-Q1": the page title and references name it in words.
  recordRepresentation: (r) => (r.context ? `${r.context.projectCode} · ${r.context.indicatorName} · ${r.period}` : r.period), messages,
};
