import { AGREEMENT_KINDS, AGREEMENT_STATUSES, PERSPECTIVES } from '@lab/domain';
import {
  Create, Datagrid, Edit, EmailField, List, Pagination, ReferenceField, ReferenceManyField, SelectInput, Show, SimpleForm,
  SimpleShowLayout, SingleFieldList, TextField, TextInput, UrlField, maxLength, regex, required,
} from 'react-admin';
import { RecordHistory } from '../audit-events/RecordHistory';
import { enumChoices } from '../common/choices';
import { EnumField, InstantField } from '../common/fields';
import { Nothing, SearchFilter } from '../common/list-helpers';
import { csvExporter } from '../common/export';

const filters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <SelectInput key="perspective" source="perspective" choices={enumChoices('perspective', PERSPECTIVES)} alwaysOn />,
];

/** The CSV export speaks as the list does: names and words, not ids and codes. */
const exporter = csvExporter('organisations', [{ source: 'name' }, { source: 'perspective', enumGroup: 'perspective' }, { source: 'website' }]);

export function OrganisationList() {
  return (
    <List filters={filters} exporter={exporter} sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <EnumField source="perspective" group="perspective" values={PERSPECTIVES} />
        <UrlField source="website" sortable={false} target="_blank" rel="noopener noreferrer" />
      </Datagrid>
    </List>
  );
}

export function OrganisationShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <EnumField source="perspective" group="perspective" values={PERSPECTIVES} />
        <UrlField source="website" target="_blank" rel="noopener noreferrer" />
        <ReferenceManyField
          label="resources.organisations.fields.leadProjects" reference="projects" target="leadOrganisationId" sort={{ field: 'code', order: 'ASC' }}
          perPage={100}
        >
          <SingleFieldList linkType="show" empty={<Nothing />} />
        </ReferenceManyField>
        <ReferenceManyField
          label="resources.organisations.fields.people" reference="people" target="organisationId" sort={{ field: 'name', order: 'ASC' }}
          perPage={25} pagination={<Pagination rowsPerPageOptions={[25, 50]} />}
        >
          <Datagrid rowClick="show" bulkActionButtons={false} empty={<Nothing />}>
            <TextField source="name" sortable={false} />
            <EmailField source="email" sortable={false} />
            <EnumField source="perspective" group="perspective" values={PERSPECTIVES} sortable={false} />
          </Datagrid>
        </ReferenceManyField>
        <ReferenceManyField
          label="resources.organisations.fields.agreements" reference="agreements" target="organisationId" sort={{ field: 'projectId', order: 'ASC' }}
          perPage={25} pagination={<Pagination rowsPerPageOptions={[25, 50]} />}
        >
          <Datagrid rowClick="show" bulkActionButtons={false} empty={<Nothing />}>
            <TextField source="title" sortable={false} />
            <ReferenceField source="projectId" reference="projects" link={false} sortable={false} />
            <EnumField source="kind" group="agreement_kind" values={AGREEMENT_KINDS} sortable={false} />
            <EnumField source="status" group="agreement_status" values={AGREEMENT_STATUSES} sortable={false} />
          </Datagrid>
        </ReferenceManyField>
        <InstantField source="createdAt" />
        <InstantField source="updatedAt" />
        <RecordHistory resource="organisations" label="resources.audit-events.history" />
      </SimpleShowLayout>
    </Show>
  );
}

const validWebsite = [maxLength(1000), regex(/^https?:\/\/\S+$/i, 'resources.organisations.validation.website')];

function OrganisationForm() {
  return (
    <SimpleForm mode="onChange" reValidateMode="onChange">
      <TextInput source="name" validate={[required(), maxLength(200)]} />
      <SelectInput source="perspective" choices={enumChoices('perspective', PERSPECTIVES)} validate={required()} />
      <TextInput source="website" type="url" validate={validWebsite} helperText="resources.organisations.helper.website" />
    </SimpleForm>
  );
}

export const OrganisationEdit = () => <Edit mutationMode="pessimistic"><OrganisationForm /></Edit>;
export const OrganisationCreate = () => <Create redirect="show"><OrganisationForm /></Create>;
