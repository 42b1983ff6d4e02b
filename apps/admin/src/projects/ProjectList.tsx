import {
  AutocompleteArrayInput, List, Datagrid, ReferenceArrayInput, ReferenceField, ReferenceInput, SearchInput, SelectArrayInput,
  SelectInput, TextField,
} from 'react-admin';
import { HEALTHS, PHASES } from '@lab/domain';
import { enumChoices } from '../common/choices';
import { DayField, DayInput, EnumField, HealthField, MoneyField } from '../common/fields';
import { csvExporter } from '../common/export';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <SelectArrayInput key="phase" source="phase" choices={enumChoices('phase', PHASES)} alwaysOn sx={{ minWidth: 180 }} />,
  <SelectInput key="health" source="health" choices={enumChoices('health', HEALTHS)} />,
  <ReferenceArrayInput key="themeIds" source="themeIds" reference="themes" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteArrayInput optionText="name" sx={{ minWidth: 260 }} />
  </ReferenceArrayInput>,
  <ReferenceArrayInput key="districtIds" source="districtIds" reference="districts" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteArrayInput optionText="name" sx={{ minWidth: 220 }} />
  </ReferenceArrayInput>,
  <ReferenceInput key="labId" source="labId" reference="labs">
    <SelectInput optionText="name" />
  </ReferenceInput>,
  <DayInput key="startDate_gte" source="startDate_gte" />,
  <DayInput key="startDate_lte" source="startDate_lte" />,
];

/** The CSV export speaks as the list does: names and words, not ids and codes. */
const exporter = csvExporter('projects', [{ source: 'code' }, { source: 'title' }, { source: 'phase', enumGroup: 'phase' }, { source: 'health', enumGroup: 'health' }, { source: 'leadOrganisationId', reference: 'organisations' }, { source: 'themeIds', reference: 'themes' }, { source: 'districtIds', reference: 'districts' }, { source: 'startDate' }, { source: 'plannedEndDate' }, { source: 'budgetCents', money: true }]);

export function ProjectList() {
  return (
    <List filters={filters} exporter={exporter} sort={{ field: 'code', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="code" />
        <TextField source="title" />
        <EnumField source="phase" group="phase" values={PHASES} />
        <HealthField source="health" />
        <ReferenceField source="leadOrganisationId" reference="organisations" link={false} emptyText="—">
          <TextField source="name" />
        </ReferenceField>
        <DayField source="startDate" />
        <DayField source="plannedEndDate" />
        <MoneyField source="budgetCents" textAlign="right" />
      </Datagrid>
    </List>
  );
}
