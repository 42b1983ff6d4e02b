import {
  Create, Datagrid, Edit, List, NumberField, NumberInput, SearchInput, Show, SimpleForm, SimpleShowLayout, TextField,
  TextInput, required,
} from 'react-admin';
import { DayField, DayInput } from '../common/fields';
import { RecordHistory } from '../audit-events/RecordHistory';
import { LabQuarterImport } from '../quarters/LabQuarterImport';

const filters = [<SearchInput key="q" source="q" alwaysOn />, <TextInput key="city" source="city" />];

export function LabList() {
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="city" />
        <TextField source="facilitator" />
        <DayField source="startDate" />
        <DayField source="endDate" />
      </Datagrid>
    </List>
  );
}

export function LabShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="city" />
        <TextField source="facilitator" />
        <TextField source="venue" />
        <DayField source="startDate" />
        <DayField source="endDate" />
        <TextField source="description" />
        <NumberField source="reportingDueDays" />
        <NumberField source="smallNumberThreshold" />
        <NumberField source="reminderDays" />
        <LabQuarterImport />
        <RecordHistory resource="labs" label="resources.audit-events.history" />
      </SimpleShowLayout>
    </Show>
  );
}

function LabForm() {
  return (
    <SimpleForm mode="onChange" reValidateMode="onChange">
      <TextInput source="name" validate={required()} />
      <TextInput source="city" validate={required()} />
      <TextInput source="facilitator" />
      <TextInput source="venue" />
      <DayInput source="startDate" />
      <DayInput source="endDate" />
      <TextInput source="description" multiline minRows={3} />
      <NumberInput source="reportingDueDays" min={0} max={365} />
      <NumberInput source="smallNumberThreshold" min={1} max={1000} step={1} helperText="resources.labs.helper.smallNumberThreshold" />
      <NumberInput source="reminderDays" min={0} max={90} />
    </SimpleForm>
  );
}

export const LabEdit = () => <Edit mutationMode="pessimistic"><LabForm /></Edit>;
export const LabCreate = () => <Create redirect="show"><LabForm /></Create>;
