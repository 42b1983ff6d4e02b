import { Alert } from '@mui/material';
import {
  Create, Datagrid, Edit, List, NumberField, ReferenceField, ReferenceInput, ReferenceManyField, SelectInput, Show, SimpleForm,
  SimpleShowLayout, TextField, TextInput, maxLength, required, useRecordContext, useTranslate,
} from 'react-admin';
import { AGGREGATIONS, DIRECTIONS, INDICATOR_ASPECTS, INDICATOR_KINDS, INDICATOR_UNITS } from '@lab/domain';
import { RecordHistory } from '../audit-events/RecordHistory';
import { enumChoices } from '../common/choices';
import { csvExporter } from '../common/export';
import { EnumField, InstantField } from '../common/fields';
import { LongText, Nothing, SearchFilter } from '../common/list-helpers';
import { RecordTitle } from '../common/RecordTitle';
import { EvidenceChipField } from '../indicators/EvidenceLevel';

const filters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <ReferenceInput key="labId" source="labId" reference="labs" sort={{ field: 'name', order: 'ASC' }}>
    <SelectInput />
  </ReferenceInput>,
  <SelectInput key="kind" source="kind" choices={enumChoices('indicator_kind', INDICATOR_KINDS)} />,
  <SelectInput key="unit" source="unit" choices={enumChoices('indicator_unit', INDICATOR_UNITS)} />,
];

/** The CSV export speaks as the list does: names and words, not ids and codes. */
const exporter = csvExporter('indicator-definitions', [
  { source: 'name' }, { source: 'labId', reference: 'labs' }, { source: 'kind', enumGroup: 'indicator_kind' },
  { source: 'aspect', enumGroup: 'indicator_aspect' }, { source: 'unit', enumGroup: 'indicator_unit' }, { source: 'direction', enumGroup: 'direction' },
  { source: 'aggregation', enumGroup: 'aggregation' }, { source: 'adoptedBy' }, { source: 'definition' }, { source: 'dataSource' },
]);

export function IndicatorDefinitionList() {
  return (
    <List filters={filters} exporter={exporter} sort={{ field: 'name', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <EnumField source="kind" group="indicator_kind" values={INDICATOR_KINDS} />
        <EnumField source="unit" group="indicator_unit" values={INDICATOR_UNITS} />
        <EnumField source="direction" group="direction" values={DIRECTIONS} sortable={false} />
        <EnumField source="aggregation" group="aggregation" values={AGGREGATIONS} sortable={false} />
        <NumberField source="adoptedBy" sortable={false} textAlign="right" />
        <ReferenceField source="labId" reference="labs" link={false} />
      </Datagrid>
    </List>
  );
}

export function IndicatorDefinitionShow() {
  return (
    <Show title={<RecordTitle resource="indicator-definitions" />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <ReferenceField source="labId" reference="labs" link="show" />
        <LongText source="definition" />
        <EnumField source="kind" group="indicator_kind" values={INDICATOR_KINDS} />
        <EnumField source="aspect" group="indicator_aspect" values={INDICATOR_ASPECTS} />
        <EnumField source="unit" group="indicator_unit" values={INDICATOR_UNITS} />
        <EnumField source="direction" group="direction" values={DIRECTIONS} />
        <EnumField source="aggregation" group="aggregation" values={AGGREGATIONS} />
        <TextField source="dataSource" emptyText="—" />
        <ReferenceManyField
          label="resources.indicator-definitions.fields.indicators" reference="indicators" target="definitionId"
          sort={{ field: 'projectId', order: 'ASC' }} perPage={100}
        >
          <Datagrid rowClick="show" bulkActionButtons={false} empty={<Nothing />}>
            <ReferenceField source="projectId" reference="projects" link={false} sortable={false} />
            <TextField source="name" sortable={false} />
            <EvidenceChipField label="resources.indicators.fields.evidence" sortable={false} />
          </Datagrid>
        </ReferenceManyField>
        <InstantField source="createdAt" />
        <InstantField source="updatedAt" />
        <RecordHistory resource="indicator-definitions" label="resources.audit-events.history" />
      </SimpleShowLayout>
    </Show>
  );
}

/** Once indicators adopt a definition, its unit, direction and aggregation stay as they are (the API refuses a change). */
function AdoptedNotice() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.adoptedBy) return null;
  return (
    <Alert severity="info" sx={{ mb: 2, maxWidth: 720 }}>
      {translate('resources.indicator-definitions.adopted_locked', { smart_count: record.adoptedBy })}
    </Alert>
  );
}

function IndicatorDefinitionForm() {
  const record = useRecordContext();
  const locked = Boolean(record?.adoptedBy);
  return (
    <SimpleForm defaultValues={{ direction: 'increase', aggregation: 'sum', kind: 'outcome', aspect: 'effectiveness' }}>
      <AdoptedNotice />
      <ReferenceInput source="labId" reference="labs" sort={{ field: 'name', order: 'ASC' }}>
        <SelectInput validate={required()} readOnly={locked} />
      </ReferenceInput>
      <TextInput source="name" validate={[required(), maxLength(300)]} fullWidth />
      <TextInput source="definition" multiline minRows={3} fullWidth validate={maxLength(10000)} helperText="resources.indicators.helper.definition" />
      <SelectInput source="kind" choices={enumChoices('indicator_kind', INDICATOR_KINDS)} validate={required()} />
      <SelectInput source="aspect" choices={enumChoices('indicator_aspect', INDICATOR_ASPECTS)} validate={required()} />
      <SelectInput source="unit" choices={enumChoices('indicator_unit', INDICATOR_UNITS)} validate={required()} readOnly={locked} />
      <SelectInput source="direction" choices={enumChoices('direction', DIRECTIONS)} validate={required()} readOnly={locked} />
      <SelectInput
        source="aggregation" choices={enumChoices('aggregation', AGGREGATIONS)} validate={required()} readOnly={locked}
        helperText="resources.indicators.helper.aggregation"
      />
      <TextInput source="dataSource" fullWidth validate={maxLength(2000)} />
    </SimpleForm>
  );
}

export const IndicatorDefinitionEdit = () => (
  <Edit title={<RecordTitle resource="indicator-definitions" />} mutationMode="pessimistic" redirect="show"><IndicatorDefinitionForm /></Edit>
);
export const IndicatorDefinitionCreate = () => <Create redirect="show"><IndicatorDefinitionForm /></Create>;
