import TrackChangesIcon from '@mui/icons-material/TrackChanges';
import type { ResourceModule } from '../common/resource-module';
import { messages } from './i18n';
import { TargetRevisionCreate, TargetRevisionList, TargetRevisionShow } from './TargetRevisions';

/** History of target changes: list, show and create (a new revision); never edited (the API answers 405). */
export const targetRevisions: ResourceModule = {
  name: 'target-revisions', list: TargetRevisionList, show: TargetRevisionShow, create: TargetRevisionCreate, icon: TrackChangesIcon,
  recordRepresentation: 'effectiveFrom', messages,
};
