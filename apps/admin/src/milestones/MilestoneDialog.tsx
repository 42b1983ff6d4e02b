import { useTranslate, type RaRecord } from 'react-admin';
import type { Phase } from '@lab/domain';
import { DialogForm, useSaveRecord } from '../common/DialogForm';
import { MILESTONE_PHASES, MilestoneInputs, validateMilestone } from './MilestoneInputs';

export interface MilestoneDialogProps {
  open: boolean;
  onClose: () => void;
  projectId: number;
  /** The project's phase: a new milestone defaults to it (when it is a working phase). */
  projectPhase?: Phase;
  /** The milestone to edit; without it the dialog adds one. */
  milestone?: RaRecord;
}

/**
 * Adds or edits one milestone of a project without leaving the project page. An edit sends the
 * milestone's `version`, so a change made meanwhile by someone else is refused (409), not overwritten.
 */
export function MilestoneDialog({ open, onClose, projectId, projectPhase, milestone }: MilestoneDialogProps) {
  const translate = useTranslate();
  const save = useSaveRecord('milestones');

  const defaultPhase = projectPhase && (MILESTONE_PHASES as string[]).includes(projectPhase) ? projectPhase : 'scenario';
  const record = milestone ?? { projectId, status: 'planned', phase: defaultPhase };

  const onSubmit = (values: Record<string, unknown>) => save(milestone, milestone ? values : { ...values, projectId });

  return (
    <DialogForm
      open={open}
      onClose={onClose}
      resource="milestones"
      record={record}
      validate={validateMilestone}
      onSubmit={onSubmit}
      title={
        milestone
          ? translate('resources.milestones.actions.edit_title', { title: milestone.title })
          : translate('resources.milestones.actions.add_title')
      }
    >
      <MilestoneInputs withProject={false} />
    </DialogForm>
  );
}
