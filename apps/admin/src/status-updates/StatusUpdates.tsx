import { HEALTHS } from '@lab/domain';
import {
  AutocompleteInput, Create, Datagrid, Edit, List, ReferenceField, ReferenceInput, SelectInput, Show, SimpleForm, SimpleShowLayout,
  TextField, TextInput, maxLength, required,
} from 'react-admin';
import { RecordHistory } from '../audit-events/RecordHistory';
import { enumChoices } from '../common/choices';
import { HealthField, InstantField } from '../common/fields';
import { Excerpt, LongText, SearchFilter } from '../common/list-helpers';
import { lastCompletedQuarter, quarterChoices, validQuarter } from '../common/quarter';
import { csvExporter, projectName } from '../common/export';

const healthChoices = enumChoices('health', HEALTHS);

const filters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <ReferenceInput key="projectId" source="projectId" reference="projects" sort={{ field: 'code', order: 'ASC' }} alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
  <SelectInput key="period" source="period" choices={quarterChoices()} translateChoice={false} alwaysOn />,
  <SelectInput key="health" source="health" choices={healthChoices} alwaysOn />,
];

/** The CSV export speaks as the list does: names and words, not ids and codes. */
const exporter = csvExporter('status-updates', [{ source: 'projectId', reference: 'projects', representation: projectName }, { source: 'period' }, { source: 'health', enumGroup: 'health' }, { source: 'narrative' }]);

export function StatusUpdateList() {
  return (
    <List filters={filters} exporter={exporter} sort={{ field: 'period', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="period" />
        <ReferenceField source="projectId" reference="projects" link="show" />
        <HealthField source="health" />
        <Excerpt sortable={false} source="narrative" lines={3} />
        <InstantField source="submittedAt" sortable={false} />
      </Datagrid>
    </List>
  );
}

export function StatusUpdateShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <ReferenceField source="projectId" reference="projects" link="show" />
        <TextField source="period" />
        <HealthField source="health" />
        <LongText source="narrative" />
        <InstantField source="submittedAt" emptyText="resources.status-updates.notSubmitted" />
        <InstantField source="createdAt" />
        <InstantField source="updatedAt" />
        <RecordHistory resource="status-updates" label="resources.audit-events.history" />
      </SimpleShowLayout>
    </Show>
  );
}

function StatusUpdateForm({ isCreate = false }: { isCreate?: boolean }) {
  return (
    <SimpleForm mode="onChange" reValidateMode="onChange" defaultValues={isCreate ? { period: lastCompletedQuarter() } : undefined}>
      <ReferenceInput source="projectId" reference="projects" sort={{ field: 'code', order: 'ASC' }}>
        <AutocompleteInput validate={required()} />
      </ReferenceInput>
      <TextInput source="period" validate={[required(), validQuarter]} helperText="resources.status-updates.helper.period" />
      <SelectInput source="health" choices={healthChoices} validate={required()} helperText="resources.status-updates.helper.health" />
      <TextInput source="narrative" multiline minRows={6} validate={[required(), maxLength(20000)]} helperText="app.privacy" />
    </SimpleForm>
  );
}

export const StatusUpdateEdit = () => <Edit mutationMode="pessimistic"><StatusUpdateForm /></Edit>;
export const StatusUpdateCreate = () => <Create redirect="show"><StatusUpdateForm isCreate /></Create>;
