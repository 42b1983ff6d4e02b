import { LESSON_KINDS } from '@lab/domain';
import {
  Create, Datagrid, Edit, List, Pagination, ReferenceField, ReferenceInput, ReferenceManyField, SelectInput, Show, SimpleForm,
  SimpleShowLayout, SingleFieldList, TextField, TextInput, maxLength, required,
} from 'react-admin';
import { RecordHistory } from '../audit-events/RecordHistory';
import { DayField, EnumField, InstantField } from '../common/fields';
import { Excerpt, LongText, Nothing, SearchFilter } from '../common/list-helpers';

const filters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <ReferenceInput key="labId" source="labId" reference="labs" sort={{ field: 'name', order: 'ASC' }}>
    <SelectInput />
  </ReferenceInput>,
];

export function ThemeList() {
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <Excerpt sortable={false} source="description" />
        <ReferenceField source="labId" reference="labs" link="show" />
      </Datagrid>
    </List>
  );
}

export function ThemeShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <ReferenceField source="labId" reference="labs" link="show" />
        <LongText source="description" />
        <ReferenceManyField label="resources.themes.fields.projects" reference="projects" target="themeIds" sort={{ field: 'code', order: 'ASC' }} perPage={100}>
          <SingleFieldList linkType="show" empty={<Nothing />} />
        </ReferenceManyField>
        <ReferenceManyField
          label="resources.themes.fields.lessons" reference="lessons" target="themeId" sort={{ field: 'date', order: 'DESC' }} perPage={10}
          pagination={<Pagination rowsPerPageOptions={[10, 25]} />}
        >
          <Datagrid rowClick="show" bulkActionButtons={false} empty={<Nothing />}>
            <DayField source="date" sortable={false} />
            <EnumField source="kind" group="lesson_kind" values={LESSON_KINDS} sortable={false} />
            <ReferenceField source="projectId" reference="projects" link={false} sortable={false} />
            <Excerpt sortable={false} source="text" />
          </Datagrid>
        </ReferenceManyField>
        <InstantField source="createdAt" />
        <InstantField source="updatedAt" />
        <RecordHistory resource="themes" label="resources.audit-events.history" />
      </SimpleShowLayout>
    </Show>
  );
}

function ThemeForm() {
  return (
    <SimpleForm mode="onChange" reValidateMode="onChange">
      <ReferenceInput source="labId" reference="labs" sort={{ field: 'name', order: 'ASC' }}>
        <SelectInput validate={required()} />
      </ReferenceInput>
      <TextInput source="name" validate={[required(), maxLength(200)]} />
      <TextInput source="description" multiline minRows={3} validate={maxLength(5000)} />
    </SimpleForm>
  );
}

export const ThemeEdit = () => <Edit mutationMode="pessimistic"><ThemeForm /></Edit>;
export const ThemeCreate = () => <Create redirect="show"><ThemeForm /></Create>;

