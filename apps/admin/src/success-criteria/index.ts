import FlagIcon from '@mui/icons-material/Flag';
import type { ResourceModule } from '../common/resource-module';
import { messages } from './i18n';
import { SuccessCriterionList, SuccessCriterionShow } from './SuccessCriteria';

/** Read here; fixed by the go into the experiment and changed through a revision (the API refuses a plain edit). */
export const successCriteria: ResourceModule = {
  name: 'success-criteria', list: SuccessCriterionList, show: SuccessCriterionShow, icon: FlagIcon, recordRepresentation: 'indicatorName', messages,
};
