import { AutocompleteInput, ReferenceInput, SelectInput, TextInput, required } from 'react-admin';
import { MILESTONE_STATUSES, milestoneProblems, PHASES } from '@lab/domain';
import { useFormContext } from 'react-hook-form';
import { enumChoices } from '../common/choices';
import { localToday } from '../common/list-helpers';
import { DayInput, dayErrors } from '../common/fields';

/** A milestone belongs to a working phase; `stopped` is no phase to reach anything in. */
export const MILESTONE_PHASES = PHASES.filter((phase) => phase !== 'stopped');

/** The API's own rule (libs/domain): a done milestone has its completion date. */
export function validateMilestone(values: Record<string, unknown>) {
  const days = dayErrors(values, ['dueDate', 'completedDate']);
  if (Object.keys(days).length) return days;
  const problems = milestoneProblems({ status: values.status as string | undefined, completedDate: values.completedDate as string | null });
  return Object.fromEntries(Object.entries(problems).map(([field, rule]) => [field, `resources.milestones.validation.${rule}`]));
}

/**
 * The status; marking the milestone done fills in today as its completion date when it has none yet (a
 * milestone finished earlier keeps the date typed there, and the date can still be changed).
 */
function StatusInput() {
  const { getValues, setValue } = useFormContext();
  return (
    <SelectInput
      source="status"
      choices={enumChoices('milestone_status', MILESTONE_STATUSES)}
      validate={required()}
      onChange={(event) => {
        const status = 'target' in event ? event.target.value : undefined;
        if (status === 'done' && !getValues('completedDate')) {
          setValue('completedDate', localToday(), { shouldDirty: true, shouldValidate: true });
        }
      }}
    />
  );
}

/** The inputs of a milestone, shared by the resource's own form and the dialog on the project page. */
export function MilestoneInputs({ withProject = true }: { withProject?: boolean }) {
  return (
    <>
      {withProject && (
        <ReferenceInput source="projectId" reference="projects">
          <AutocompleteInput validate={required()} fullWidth />
        </ReferenceInput>
      )}
      <TextInput source="title" validate={required()} fullWidth />
      <SelectInput
        source="phase"
        choices={enumChoices('phase', MILESTONE_PHASES)}
        validate={required()}
        helperText="resources.milestones.helper.phase"
      />
      <DayInput source="dueDate" validate={required()} />
      <StatusInput />
      <DayInput source="completedDate" helperText="resources.milestones.helper.completedDate" />
      <ReferenceInput source="ownerId" reference="people" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" fullWidth />
      </ReferenceInput>
      <TextInput source="description" multiline minRows={2} fullWidth helperText="app.privacy" />
    </>
  );
}
