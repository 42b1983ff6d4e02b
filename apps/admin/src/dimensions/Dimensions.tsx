import { Alert } from '@mui/material';
import {
  ArrayField, ArrayInput, ChipField, Create, Datagrid, Edit, List, NumberField, ReferenceField, ReferenceInput, SelectInput, Show,
  SimpleForm, SimpleFormIterator, SimpleShowLayout, SingleFieldList, TextField, TextInput, maxLength, regex, required, useRecordContext,
  useTranslate,
} from 'react-admin';
import { RecordHistory } from '../audit-events/RecordHistory';
import { csvExporter } from '../common/export';
import { InstantField } from '../common/fields';
import { LongText, SearchFilter } from '../common/list-helpers';
import { RecordTitle } from '../common/RecordTitle';

const filters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <ReferenceInput key="labId" source="labId" reference="labs" sort={{ field: 'name', order: 'ASC' }}>
    <SelectInput />
  </ReferenceInput>,
];

const exporter = csvExporter('dimensions', [{ source: 'name' }, { source: 'key' }, { source: 'labId', reference: 'labs' }, { source: 'usedBy' }, { source: 'description' }]);

export function DimensionList() {
  return (
    <List filters={filters} exporter={exporter} sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="key" />
        <ArrayField source="values" sortable={false}>
          <SingleFieldList linkType={false}><ChipField source="label" size="small" /></SingleFieldList>
        </ArrayField>
        <NumberField source="usedBy" sortable={false} textAlign="right" />
        <ReferenceField source="labId" reference="labs" link={false} />
      </Datagrid>
    </List>
  );
}

export function DimensionShow() {
  return (
    <Show title={<RecordTitle resource="dimensions" />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="key" />
        <ReferenceField source="labId" reference="labs" link="show" />
        <LongText source="description" />
        <ArrayField source="values">
          <Datagrid bulkActionButtons={false} rowClick={false}>
            <TextField source="label" label="resources.dimensions.fields.label" sortable={false} />
            <TextField source="code" label="resources.dimensions.fields.code" sortable={false} />
          </Datagrid>
        </ArrayField>
        <NumberField source="usedBy" />
        <InstantField source="updatedAt" />
        <RecordHistory resource="dimensions" label="resources.audit-events.history" />
      </SimpleShowLayout>
    </Show>
  );
}

/** While indicators are broken down by it, its key and lab stay, and values with figures stay on the list. */
function InUseNotice() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.usedBy) return null;
  return <Alert severity="info" sx={{ mb: 2, maxWidth: 720 }}>{translate('resources.dimensions.in_use', { smart_count: record.usedBy })}</Alert>;
}

const code = [required(), maxLength(40), regex(/^[a-z][a-z0-9_-]*$/, 'resources.dimensions.validation.code')];

function DimensionForm() {
  const record = useRecordContext();
  const locked = Boolean(record?.usedBy);
  return (
    <SimpleForm>
      <InUseNotice />
      <ReferenceInput source="labId" reference="labs" sort={{ field: 'name', order: 'ASC' }}>
        <SelectInput validate={required()} readOnly={locked} />
      </ReferenceInput>
      <TextInput source="name" validate={[required(), maxLength(200)]} />
      <TextInput source="key" validate={code} readOnly={locked} helperText="resources.dimensions.helper.key" />
      <TextInput source="description" multiline fullWidth validate={maxLength(2000)} />
      <ArrayInput source="values" validate={required()} helperText="resources.dimensions.helper.values">
        <SimpleFormIterator inline disableReordering={false} getItemLabel={(n) => `${n + 1}.`} >
          <TextInput source="label" label="resources.dimensions.fields.label" validate={[required(), maxLength(100)]} />
          <TextInput source="code" label="resources.dimensions.fields.code" validate={code} />
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleForm>
  );
}

export const DimensionEdit = () => (
  <Edit title={<RecordTitle resource="dimensions" />} mutationMode="pessimistic" redirect="show"><DimensionForm /></Edit>
);
export const DimensionCreate = () => <Create redirect="show"><DimensionForm /></Create>;
