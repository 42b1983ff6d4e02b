import { USER_ROLES } from '@lab/domain';
import {
  AutocompleteInput, BooleanInput, Create, Datagrid, Edit, EmailField, List, ReferenceField, ReferenceInput, SelectField, SelectInput,
  Show, SimpleForm, SimpleShowLayout, TextField, TextInput, email, maxLength, required,
} from 'react-admin';
import { RecordHistory } from '../audit-events/RecordHistory';
import { enumChoices } from '../common/choices';
import { EnumField, InstantField } from '../common/fields';
import { SearchFilter } from '../themes/list-helpers';

const roleChoices = enumChoices('user_role', USER_ROLES);
const activeChoices = [
  { id: true, name: 'resources.users.active.true' },
  { id: false, name: 'resources.users.active.false' },
];

const filters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
  <SelectInput key="active" source="active" choices={activeChoices} alwaysOn />,
];

/** Active as a word, not only an icon. */
const ActiveField = (props: { source?: string; sortable?: boolean }) => <SelectField source="active" choices={activeChoices} {...props} />;

export function UserList() {
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <EmailField source="email" />
        <EnumField source="role" group="user_role" values={USER_ROLES} />
        <ActiveField source="active" />
        <ReferenceField source="personId" reference="people" link="show" sortable={false} />
      </Datagrid>
    </List>
  );
}

export function UserShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <EmailField source="email" />
        <EnumField source="role" group="user_role" values={USER_ROLES} />
        <ActiveField source="active" />
        <ReferenceField source="personId" reference="people" link="show" emptyText="resources.users.noPerson" />
        <InstantField source="createdAt" />
        <InstantField source="updatedAt" />
        <RecordHistory resource="users" label="resources.audit-events.history" />
      </SimpleShowLayout>
    </Show>
  );
}

function UserForm() {
  return (
    <SimpleForm defaultValues={{ active: true, role: 'project_member' }}>
      <TextInput source="name" validate={[required(), maxLength(200)]} />
      <TextInput source="email" type="email" validate={[required(), email(), maxLength(254)]} helperText="resources.users.helper.email" />
      <SelectInput source="role" choices={roleChoices} validate={required()} helperText="resources.users.helper.role" />
      <BooleanInput source="active" label="resources.users.active.true" helperText="resources.users.helper.active" />
      <ReferenceInput source="personId" reference="people" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput helperText="resources.users.helper.personId" />
      </ReferenceInput>
    </SimpleForm>
  );
}

export const UserEdit = () => <Edit mutationMode="pessimistic"><UserForm /></Edit>;
export const UserCreate = () => <Create redirect="show"><UserForm /></Create>;
