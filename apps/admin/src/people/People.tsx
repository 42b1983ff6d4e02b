import { MEMBERSHIP_ROLES, PERSPECTIVES, USER_ROLES } from '@lab/domain';
import {
  AutocompleteInput, Create, Datagrid, Edit, EmailField, List, ReferenceField, ReferenceInput, ReferenceManyField, ReferenceOneField,
  SelectInput, Show, SimpleForm, SimpleShowLayout, TextField, TextInput, email, maxLength, required,
} from 'react-admin';
import { RecordHistory } from '../audit-events/RecordHistory';
import { enumChoices } from '../common/choices';
import { EnumField, InstantField } from '../common/fields';
import { Nothing, SearchFilter } from '../common/list-helpers';
import { csvExporter } from '../common/export';

const filters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <ReferenceInput key="organisationId" source="organisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
  <SelectInput key="perspective" source="perspective" choices={enumChoices('perspective', PERSPECTIVES)} />,
];

/** The CSV export speaks as the list does: names and words, not ids and codes. */
const exporter = csvExporter('people', [{ source: 'name' }, { source: 'email' }, { source: 'organisationId', reference: 'organisations' }, { source: 'perspective', enumGroup: 'perspective' }]);

export function PersonList() {
  return (
    <List filters={filters} exporter={exporter} sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <EmailField source="email" />
        <ReferenceField source="organisationId" reference="organisations" link="show" />
        <EnumField source="perspective" group="perspective" values={PERSPECTIVES} />
      </Datagrid>
    </List>
  );
}

export function PersonShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <EmailField source="email" />
        <ReferenceField source="organisationId" reference="organisations" link="show" />
        <EnumField source="perspective" group="perspective" values={PERSPECTIVES} />
        <ReferenceManyField label="resources.people.fields.memberships" reference="memberships" target="personId" sort={{ field: 'projectId', order: 'ASC' }} perPage={100}>
          <Datagrid rowClick="show" bulkActionButtons={false} empty={<Nothing />}>
            <ReferenceField source="projectId" reference="projects" link={false} sortable={false} />
            <EnumField source="role" group="membership_role" values={MEMBERSHIP_ROLES} sortable={false} />
          </Datagrid>
        </ReferenceManyField>
        <ReferenceOneField label="resources.people.fields.user" reference="users" target="personId" link="show" emptyText="resources.people.noUser">
          <TextField source="email" /> (<EnumField source="role" group="user_role" values={USER_ROLES} />)
        </ReferenceOneField>
        <InstantField source="createdAt" />
        <InstantField source="updatedAt" />
        <RecordHistory resource="people" label="resources.audit-events.history" />
      </SimpleShowLayout>
    </Show>
  );
}

function PersonForm() {
  return (
    <SimpleForm mode="onChange" reValidateMode="onChange">
      <TextInput source="name" validate={[required(), maxLength(200)]} helperText="resources.people.helper.name" />
      <TextInput source="email" type="email" validate={[email(), maxLength(254)]} helperText="resources.people.helper.email" />
      <ReferenceInput source="organisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput />
      </ReferenceInput>
      <SelectInput source="perspective" choices={enumChoices('perspective', PERSPECTIVES)} emptyText="resources.people.noPerspective" />
    </SimpleForm>
  );
}

export const PersonEdit = () => <Edit mutationMode="pessimistic"><PersonForm /></Edit>;
export const PersonCreate = () => <Create redirect="show"><PersonForm /></Create>;
