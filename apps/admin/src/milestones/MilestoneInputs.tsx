import { AutocompleteInput, DateInput, ReferenceInput, SelectInput, TextInput, required } from 'react-admin';
import { MILESTONE_STATUSES, milestoneProblems, PHASES } from '@lab/domain';
import { enumChoices } from '../common/choices';

/** A milestone belongs to a working phase; `stopped` is no phase to reach anything in. */
export const MILESTONE_PHASES = PHASES.filter((phase) => phase !== 'stopped');

/** The API's own rule (libs/domain): a done milestone has its completion date. */
export function validateMilestone(values: Record<string, unknown>) {
  const problems = milestoneProblems({ status: values.status as string | undefined, completedDate: values.completedDate as string | null });
  return Object.fromEntries(Object.entries(problems).map(([field, rule]) => [field, `resources.milestones.validation.${rule}`]));
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
      <DateInput source="dueDate" validate={required()} />
      <SelectInput source="status" choices={enumChoices('milestone_status', MILESTONE_STATUSES)} validate={required()} />
      <DateInput source="completedDate" helperText="resources.milestones.helper.completedDate" />
      <ReferenceInput source="ownerId" reference="people" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" fullWidth />
      </ReferenceInput>
      <TextInput source="description" multiline minRows={2} fullWidth helperText="app.privacy" />
    </>
  );
}
