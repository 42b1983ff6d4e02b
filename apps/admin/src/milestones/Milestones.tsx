import {
  AutocompleteInput, Create, Datagrid, Edit, List, NullableBooleanInput, ReferenceField, ReferenceInput, SearchInput,
  SelectArrayInput, SelectInput, Show, SimpleForm, SimpleShowLayout, TextField,
} from 'react-admin';
import { MILESTONE_STATUSES } from '@lab/domain';
import { enumChoices } from '../common/choices';
import { DayField, DayInput, EnumField, InstantField } from '../common/fields';
import { MILESTONE_PHASES, MilestoneInputs, validateMilestone } from './MilestoneInputs';
import { OverdueField } from './OverdueField';
import { RecordTitle } from '../common/RecordTitle';
import { csvExporter, projectName } from '../common/export';
import { RecordHistory } from '../audit-events/RecordHistory';
import { EditAccess } from '../auth/EditAccess';

/** Its labels are message keys: NullableBooleanInput translates them itself. */
function OverdueFilter(props: { source: string; alwaysOn?: boolean }) {
  return <NullableBooleanInput {...props} trueLabel="resources.milestones.overdue.yes" falseLabel="resources.milestones.overdue.no" />;
}

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="projectId" source="projectId" reference="projects" alwaysOn>
    <AutocompleteInput sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <SelectArrayInput key="status" source="status" choices={enumChoices('milestone_status', MILESTONE_STATUSES)} />,
  <SelectInput key="phase" source="phase" choices={enumChoices('phase', MILESTONE_PHASES)} />,
  <ReferenceInput key="ownerId" source="ownerId" reference="people" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput optionText="name" />
  </ReferenceInput>,
  <OverdueFilter key="overdue" source="overdue" alwaysOn />,
  <DayInput key="dueDate_gte" source="dueDate_gte" />,
  <DayInput key="dueDate_lte" source="dueDate_lte" />,
];

/** The CSV export speaks as the list does: names and words, not ids and codes. */
const exporter = csvExporter('milestones', [{ source: 'projectId', reference: 'projects', representation: projectName }, { source: 'title' }, { source: 'phase', enumGroup: 'phase' }, { source: 'dueDate' }, { source: 'status', enumGroup: 'milestone_status' }, { source: 'overdue' }, { source: 'completedDate' }, { source: 'ownerId', reference: 'people' }]);

/** What still has to happen first, the overdue ones leading; done and cancelled ones after, the most recent first (the API's ordering). */
export const OPEN_FIRST = { field: 'openFirst', order: 'ASC' } as const;

export function MilestoneList() {
  return (
    <List filters={filters} exporter={exporter} sort={OPEN_FIRST}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="title" />
        <ReferenceField source="projectId" reference="projects" link={false} />
        <EnumField source="phase" group="phase" values={MILESTONE_PHASES} />
        <DayField source="dueDate" />
        <OverdueField label="resources.milestones.fields.overdue" sortable={false} />
        <EnumField source="status" group="milestone_status" values={MILESTONE_STATUSES} />
        <ReferenceField source="ownerId" reference="people" link={false}>
          <TextField source="name" />
        </ReferenceField>
        <DayField source="completedDate" />
      </Datagrid>
    </List>
  );
}

export function MilestoneShow() {
  return (
    <Show title={<RecordTitle resource="milestones" />}>
      <SimpleShowLayout>
        <TextField source="title" />
        <ReferenceField source="projectId" reference="projects" />
        <EnumField source="phase" group="phase" values={MILESTONE_PHASES} />
        <DayField source="dueDate" />
        <OverdueField label="resources.milestones.fields.overdue" emptyText="—" />
        <EnumField source="status" group="milestone_status" values={MILESTONE_STATUSES} />
        <DayField source="completedDate" emptyText="—" />
        <ReferenceField source="ownerId" reference="people" emptyText="—">
          <TextField source="name" />
        </ReferenceField>
        <TextField source="description" emptyText="—" />
        <InstantField source="updatedAt" />
        <RecordHistory resource="milestones" label="resources.audit-events.history" />
      </SimpleShowLayout>
    </Show>
  );
}

export function MilestoneEdit() {
  return (
    <Edit title={<RecordTitle resource="milestones" />} mutationMode="pessimistic" redirect="show">
      <EditAccess>
        <SimpleForm mode="onChange" reValidateMode="onChange" validate={validateMilestone}>
          <MilestoneInputs />
        </SimpleForm>
      </EditAccess>
    </Edit>
  );
}

export function MilestoneCreate() {
  return (
    <Create redirect="show">
      <SimpleForm mode="onChange" reValidateMode="onChange" validate={validateMilestone} defaultValues={{ status: 'planned', phase: 'scenario' }}>
        <MilestoneInputs />
      </SimpleForm>
    </Create>
  );
}
