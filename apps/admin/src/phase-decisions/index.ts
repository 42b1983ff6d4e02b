import GavelIcon from '@mui/icons-material/Gavel';
import type { ResourceModule } from '../common/resource-module';
import { messages } from './i18n';
import { PhaseDecisionList, PhaseDecisionShow } from './PhaseDecisions';

/** Read-only: gate decisions are made from the project page (POST /projects/:id/transition). */
export const phaseDecisions: ResourceModule = {
  name: 'phase-decisions', list: PhaseDecisionList, show: PhaseDecisionShow, icon: GavelIcon, messages,
};
