import { MEMBERSHIP_ROLES } from '@lab/domain';
import {
  AutocompleteInput, Create, Datagrid, Edit, List, ReferenceField, ReferenceInput, SelectInput, Show, SimpleForm, SimpleShowLayout,
  required,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { RecordHistory } from '../audit-events/RecordHistory';
import { enumChoices } from '../common/choices';
import { EnumField, InstantField } from '../common/fields';
import { csvExporter, projectName } from '../common/export';
import { EditAccess } from '../auth/EditAccess';

const roleChoices = enumChoices('membership_role', MEMBERSHIP_ROLES);

// Memberships have no text of their own to search: filter by project, person and role.
const filters = [
  <ReferenceInput key="projectId" source="projectId" reference="projects" sort={{ field: 'code', order: 'ASC' }} alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
  <ReferenceInput key="personId" source="personId" reference="people" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
  <SelectInput key="role" source="role" choices={roleChoices} alwaysOn />,
];

/** The CSV export speaks as the list does: names and words, not ids and codes. */
const exporter = csvExporter('memberships', [{ source: 'projectId', reference: 'projects', representation: projectName }, { source: 'personId', reference: 'people' }, { source: 'role', enumGroup: 'membership_role' }]);

export function MembershipList() {
  return (
    <List filters={filters} exporter={exporter} sort={{ field: 'projectId', order: 'ASC' }} perPage={25}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <ReferenceField source="projectId" reference="projects" link="show" />
        <ReferenceField source="personId" reference="people" link="show" />
        <EnumField source="role" group="membership_role" values={MEMBERSHIP_ROLES} />
      </Datagrid>
    </List>
  );
}

export function MembershipShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <ReferenceField source="projectId" reference="projects" link="show" />
        <ReferenceField source="personId" reference="people" link="show" />
        <EnumField source="role" group="membership_role" values={MEMBERSHIP_ROLES} />
        <InstantField source="createdAt" />
        <InstantField source="updatedAt" />
        <RecordHistory resource="memberships" label="resources.audit-events.history" />
      </SimpleShowLayout>
    </Show>
  );
}

/** The person to add: only who is not yet on the chosen project's team (the record's own person stays shown). */
function PersonInput() {
  const projectId = useWatch({ name: 'projectId' }) as number | null | undefined;
  return (
    <ReferenceInput
      source="personId"
      reference="people"
      sort={{ field: 'name', order: 'ASC' }}
      filter={typeof projectId === 'number' ? { notMemberOf: projectId } : {}}
    >
      <AutocompleteInput validate={required()} helperText="resources.memberships.helper.personId" />
    </ReferenceInput>
  );
}

function MembershipForm() {
  return (
    <SimpleForm mode="onChange" reValidateMode="onChange" defaultValues={{ role: 'member' }}>
      <ReferenceInput source="projectId" reference="projects" sort={{ field: 'code', order: 'ASC' }}>
        <AutocompleteInput validate={required()} />
      </ReferenceInput>
      <PersonInput />
      <SelectInput source="role" choices={roleChoices} validate={required()} helperText="resources.memberships.helper.role" />
    </SimpleForm>
  );
}

export const MembershipEdit = () => <Edit mutationMode="pessimistic"><EditAccess><MembershipForm /></EditAccess></Edit>;
export const MembershipCreate = () => <Create redirect="show"><MembershipForm /></Create>;
