import { Datagrid, List, ReferenceManyField, Show, SimpleShowLayout, SingleFieldList, TextField } from 'react-admin';
import { Nothing, SearchFilter } from '../common/list-helpers';

const filters = [<SearchFilter key="q" source="q" alwaysOn />];

/** Amsterdam's stadsdelen: reference data, read-only (the API answers 405 on writes). */
export function DistrictList() {
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <TextField source="code" />
      </Datagrid>
    </List>
  );
}

export function DistrictShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="code" />
        <ReferenceManyField
          label="resources.districts.fields.projects" reference="projects" target="districtIds" sort={{ field: 'code', order: 'ASC' }} perPage={100}
        >
          <SingleFieldList linkType="show" empty={<Nothing />} />
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
}
