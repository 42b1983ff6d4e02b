import BlockIcon from '@mui/icons-material/Block';
import CheckCircleOutlineIcon from '@mui/icons-material/CheckCircleOutlined';
import { useState } from 'react';
import { LANGUAGES, USER_ROLES } from '@lab/domain';
import {
  AutocompleteInput, BooleanInput, Button, Confirm, Create, Datagrid, Edit, EditButton, EmailField, List, ReferenceField,
  ReferenceInput, SelectField, SelectInput, Show, SimpleForm, SimpleShowLayout, TextField, TextInput, TopToolbar, email, maxLength,
  required, useCanAccess, useGetIdentity, useNotify, useRecordContext, useRefresh, useUpdate, type RaRecord,
} from 'react-admin';
import { RecordHistory } from '../audit-events/RecordHistory';
import { enumChoices } from '../common/choices';
import { EnumField, InstantField } from '../common/fields';
import { SearchFilter } from '../common/list-helpers';
import { PasswordInput } from '../common/PasswordInput';

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

/** Whether this record is the signed-in user's own account. */
function useIsSelf(record: RaRecord | undefined): boolean {
  const { identity } = useGetIdentity();
  return !!record && identity?.id != null && String(identity.id) === String(record.id);
}

/**
 * Deactivate (or activate again) after a confirmation. A deactivated user can no longer sign in and
 * keeps their history; an administrator cannot lock themselves out this way.
 */
export function ToggleActiveButton() {
  const record = useRecordContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [update, { isPending }] = useUpdate();
  const { canAccess } = useCanAccess({ resource: 'users', action: 'edit', record });
  const self = useIsSelf(record);
  if (!record || !canAccess || self) return null;
  const deactivate = record.active !== false;
  const action = deactivate ? 'deactivate' : 'activate';

  const confirm = () =>
    update(
      'users',
      { id: record.id, data: { ...record, active: !deactivate }, previousData: record },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => {
          setOpen(false);
          notify(`resources.users.notifications.${deactivate ? 'deactivated' : 'activated'}`, { type: 'success', messageArgs: { name: record.name } });
          refresh();
        },
        onError: (error) => {
          setOpen(false);
          notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
        },
      },
    );

  return (
    <>
      <Button
        label={`resources.users.actions.${action}`}
        color={deactivate ? 'error' : 'primary'}
        onClick={() => setOpen(true)}
        disabled={isPending}
      >
        {deactivate ? <BlockIcon /> : <CheckCircleOutlineIcon />}
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title={`resources.users.confirm.${action}_title`}
        content={`resources.users.confirm.${action}_content`}
        translateOptions={{ name: record.name }}
        confirm={`resources.users.actions.${action}`}
        confirmColor={deactivate ? 'warning' : 'primary'}
        onConfirm={confirm}
        onClose={() => setOpen(false)}
      />
    </>
  );
}

function UserShowActions() {
  return (
    <TopToolbar>
      <ToggleActiveButton />
      <EditButton />
    </TopToolbar>
  );
}

export function UserShow() {
  return (
    <Show actions={<UserShowActions />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <EmailField source="email" />
        <EnumField source="role" group="user_role" values={USER_ROLES} />
        <ActiveField source="active" />
        <ReferenceField source="personId" reference="people" link="show" emptyText="resources.users.noPerson" />
        <EnumField source="language" group="language" values={LANGUAGES} />
        <InstantField source="createdAt" />
        <InstantField source="updatedAt" />
        <RecordHistory resource="users" label="resources.audit-events.history" />
      </SimpleShowLayout>
    </Show>
  );
}

const languageChoices = enumChoices('language', LANGUAGES);

/** Length, common passwords and the user's own words are PasswordInput's own rule (libs/domain). */
const requiredPassword = required();

/** Name, address, role, active flag and person link; the password input differs between create and edit. */
function UserInputs({ self = false }: { self?: boolean }) {
  return (
    <>
      <TextInput source="name" validate={[required(), maxLength(200)]} />
      <TextInput source="email" type="email" validate={[required(), email(), maxLength(254)]} helperText="resources.users.helper.email" />
      <SelectInput
        source="role"
        choices={roleChoices}
        validate={required()}
        disabled={self}
        helperText={self ? 'resources.users.helper.self' : 'resources.users.helper.role'}
      />
      <BooleanInput
        source="active"
        label="resources.users.active.true"
        disabled={self}
        helperText={self ? 'resources.users.helper.self' : 'resources.users.helper.active'}
      />
      <ReferenceInput source="personId" reference="people" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput helperText="resources.users.helper.personId" />
      </ReferenceInput>
      <SelectInput source="language" choices={languageChoices} defaultValue="nl" validate={required()} helperText="resources.users.helper.language" />
    </>
  );
}

function UserEditForm() {
  const record = useRecordContext();
  const self = useIsSelf(record);
  return (
    <SimpleForm mode="onChange" reValidateMode="onChange">
      <UserInputs self={self} />
      <PasswordInput
        source="password"
        label="resources.users.fields.newPassword"
        autoComplete="new-password"
        helperText="resources.users.helper.newPassword"
      />
    </SimpleForm>
  );
}

/** An empty "new password" leaves the password as it is: the field is then not sent at all. */
function withoutEmptyPassword<T extends { password?: string | null }>(data: T): T {
  if (data.password) return data;
  const { password: _omit, ...rest } = data;
  return rest as T;
}

export const UserEdit = () => (
  <Edit mutationMode="pessimistic" transform={withoutEmptyPassword} redirect="show">
    <UserEditForm />
  </Edit>
);

export const UserCreate = () => (
  <Create redirect="show">
    <SimpleForm mode="onChange" reValidateMode="onChange" defaultValues={{ active: true, role: 'project_member' }}>
      <UserInputs />
      <PasswordInput
        source="password"
        autoComplete="new-password"
        validate={requiredPassword}
        helperText="resources.users.helper.password"
      />
    </SimpleForm>
  </Create>
);
