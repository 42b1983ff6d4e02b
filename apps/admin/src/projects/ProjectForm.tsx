import { Box, Stack, Typography } from '@mui/material';
import {
  AutocompleteArrayInput, AutocompleteInput, Create, Edit, Labeled, ReferenceArrayInput, ReferenceInput, SelectInput,
  SaveButton, SimpleForm, TextInput, Toolbar, required, useTranslate,
} from 'react-admin';
import { HEALTHS, PHASES } from '@lab/domain';
import { enumChoices } from '../common/choices';
import { DayInput, dayErrors, EnumField, MoneyInput } from '../common/fields';
import { RecordTitle } from '../common/RecordTitle';
import { EditAccess } from '../auth/EditAccess';

function validateProject(values: Record<string, unknown>) {
  const errors: Record<string, string> = dayErrors(values, ['startDate', 'plannedEndDate']);
  if (Object.keys(errors).length) return errors;
  if (values.startDate && values.plannedEndDate && values.plannedEndDate < values.startDate) {
    errors.plannedEndDate = 'resources.projects.validation.end_after_start';
  }
  return errors;
}

/** The phase is shown, never edited: it changes only by a gate decision. */
function PhaseReadOnly() {
  const translate = useTranslate();
  return (
    <Labeled source="phase">
      <Box>
        <EnumField source="phase" group="phase" values={PHASES} />
        <Typography variant="caption" color="text.secondary" component="p">
          {translate('resources.projects.helper.phase')}
        </Typography>
      </Box>
    </Labeled>
  );
}

function ProjectInputs({ edit = false }: { edit?: boolean }) {
  return (
    <>
      {edit && <PhaseReadOnly />}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ width: '100%' }}>
        <ReferenceInput source="labId" reference="labs">
          <SelectInput optionText="name" validate={required()} />
        </ReferenceInput>
        <TextInput source="code" validate={required()} helperText="resources.projects.helper.code" />
        <SelectInput source="health" choices={enumChoices('health', HEALTHS)} validate={required()} />
      </Stack>
      <TextInput source="title" validate={required()} fullWidth />
      <TextInput source="summary" multiline minRows={2} fullWidth />
      <TextInput source="problem" multiline minRows={2} fullWidth />
      <TextInput source="targetGroup" multiline minRows={2} fullWidth helperText="resources.projects.helper.targetGroup" />
      <ReferenceArrayInput source="themeIds" reference="themes" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteArrayInput optionText="name" fullWidth />
      </ReferenceArrayInput>
      <ReferenceArrayInput source="districtIds" reference="districts" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteArrayInput optionText="name" fullWidth />
      </ReferenceArrayInput>
      <ReferenceInput source="leadOrganisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" fullWidth />
      </ReferenceInput>
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <DayInput source="startDate" />
        <DayInput source="plannedEndDate" />
        <MoneyInput source="budgetCents" helperText="resources.projects.helper.budgetCents" />
      </Stack>
    </>
  );
}

/** Projects are stopped by a gate decision, never deleted: the edit toolbar only saves. */
const SaveOnlyToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

export function ProjectEdit() {
  return (
    <Edit title={<RecordTitle resource="projects" />} mutationMode="pessimistic" redirect="show">
      <EditAccess>
        <SimpleForm mode="onChange" reValidateMode="onChange" validate={validateProject} toolbar={<SaveOnlyToolbar />}>
          <ProjectInputs edit />
        </SimpleForm>
      </EditAccess>
    </Edit>
  );
}

export function ProjectCreate() {
  return (
    <Create redirect="show">
      <SimpleForm mode="onChange" reValidateMode="onChange" validate={validateProject} defaultValues={{ health: 'on_track', themeIds: [], districtIds: [] }}>
        <ProjectInputs />
      </SimpleForm>
    </Create>
  );
}
