import { Box, Card, CardContent, Typography } from '@mui/material';
import {
  AutocompleteInput, Create, Datagrid, Edit, List, ReferenceField, ReferenceInput, ReferenceManyField, SearchInput, SelectInput,
  Show, SimpleForm, SimpleShowLayout, TextField, useRecordContext, useTranslate,
} from 'react-admin';
import { AGGREGATIONS, DIRECTIONS, EVIDENCE_DESIGNS, EVIDENCE_SOURCES, INDICATOR_ASPECTS, INDICATOR_KINDS, INDICATOR_UNITS } from '@lab/domain';
import { enumChoices } from '../common/choices';
import { DayField, DecimalField, EnumField, InstantField } from '../common/fields';
import { IndicatorInputs, validateIndicator } from './IndicatorInputs';
import { IndicatorMeasurements } from './IndicatorMeasurements';
import { RecordTitle } from '../common/RecordTitle';
import { csvExporter, projectName } from '../common/export';
import { RecordHistory } from '../audit-events/RecordHistory';
import { EvidenceChipField, EvidenceLevelField } from './EvidenceLevel';
import { EditAccess } from '../auth/EditAccess';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="projectId" source="projectId" reference="projects" alwaysOn>
    <AutocompleteInput sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <SelectInput key="kind" source="kind" choices={enumChoices('indicator_kind', INDICATOR_KINDS)} />,
  <SelectInput key="aspect" source="aspect" choices={enumChoices('indicator_aspect', INDICATOR_ASPECTS)} />,
  <SelectInput key="unit" source="unit" choices={enumChoices('indicator_unit', INDICATOR_UNITS)} />,
  <SelectInput key="direction" source="direction" choices={enumChoices('direction', DIRECTIONS)} />,
  <SelectInput key="aggregation" source="aggregation" choices={enumChoices('aggregation', AGGREGATIONS)} />,
  <ReferenceInput key="definitionId" source="definitionId" reference="indicator-definitions" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <SelectInput key="evidenceDesign" source="evidenceDesign" choices={enumChoices('evidence_design', EVIDENCE_DESIGNS)} />,
];

/** The CSV export speaks as the list does: names and words, not ids and codes. */
const exporter = csvExporter('indicators', [{ source: 'projectId', reference: 'projects', representation: projectName }, { source: 'name' }, { source: 'kind', enumGroup: 'indicator_kind' }, { source: 'aspect', enumGroup: 'indicator_aspect' }, { source: 'unit', enumGroup: 'indicator_unit' }, { source: 'direction', enumGroup: 'direction' }, { source: 'aggregation', enumGroup: 'aggregation' }, { source: 'baselineValue' }, { source: 'baselineDate' }, { source: 'targetValue' }, { source: 'targetDate' }, { source: 'definitionId', reference: 'indicator-definitions' }, { source: 'evidenceDesign', enumGroup: 'evidence_design' }, { source: 'evidenceSource', enumGroup: 'evidence_source' }, { source: 'validatedBy' }]);

export function IndicatorList() {
  return (
    <List filters={filters} exporter={exporter} sort={{ field: 'projectId', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="name" />
        <ReferenceField source="projectId" reference="projects" link={false} />
        <EnumField source="kind" group="indicator_kind" values={INDICATOR_KINDS} />
        <EnumField source="aspect" group="indicator_aspect" values={INDICATOR_ASPECTS} />
        <EnumField source="unit" group="indicator_unit" values={INDICATOR_UNITS} />
        <EnumField source="direction" group="direction" values={DIRECTIONS} sortable={false} />
        <DecimalField source="baselineValue" sortable={false} textAlign="right" />
        <DecimalField source="targetValue" sortable={false} textAlign="right" />
        <DayField source="targetDate" />
        <EvidenceChipField label="resources.indicators.fields.evidence" sortable={false} />
      </Datagrid>
    </List>
  );
}

function MeasurementsPanel() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Card variant="outlined" sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('resources.indicators.chart.title')}
        </Typography>
        <IndicatorMeasurements indicator={record} chartHeight={320} />
      </CardContent>
    </Card>
  );
}

function RevisionsPanel() {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ mt: 2 }}>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          {translate('resources.indicators.revisions.title')}
        </Typography>
        <ReferenceManyField reference="target-revisions" target="indicatorId" sort={{ field: 'revisedAt', order: 'DESC' }} perPage={100}>
          <Datagrid
            bulkActionButtons={false}
            rowClick={false}
            empty={<Typography variant="body2" color="text.secondary">{translate('resources.indicators.revisions.empty')}</Typography>}
          >
            <TextField source="effectiveFrom" />
            <DecimalField source="oldValue" sortable={false} />
            <DecimalField source="newValue" sortable={false} />
            <DayField source="newDate" sortable={false} />
            <TextField source="reason" sortable={false} />
            <InstantField source="revisedAt" />
          </Datagrid>
        </ReferenceManyField>
      </CardContent>
    </Card>
  );
}

export function IndicatorShow() {
  return (
    <Show title={<RecordTitle resource="indicators" />}>
      <SimpleShowLayout>
        <TextField source="name" />
        <ReferenceField source="projectId" reference="projects" />
        <TextField source="definition" emptyText="—" />
        <EnumField source="kind" group="indicator_kind" values={INDICATOR_KINDS} />
        <EnumField source="aspect" group="indicator_aspect" values={INDICATOR_ASPECTS} />
        <EnumField source="unit" group="indicator_unit" values={INDICATOR_UNITS} />
        <EnumField source="direction" group="direction" values={DIRECTIONS} />
        <EnumField source="aggregation" group="aggregation" values={AGGREGATIONS} />
        <DecimalField source="baselineValue" emptyText="—" />
        <DayField source="baselineDate" emptyText="—" />
        <DecimalField source="targetValue" emptyText="—" />
        <DayField source="targetDate" emptyText="—" />
        <TextField source="dataSource" emptyText="—" />
        <ReferenceField source="definitionId" reference="indicator-definitions" link="show" emptyText="—" />
        <EvidenceLevelField label="resources.indicators.fields.evidence" />
        <EnumField source="evidenceDesign" group="evidence_design" values={EVIDENCE_DESIGNS} />
        <EnumField source="evidenceSource" group="evidence_source" values={EVIDENCE_SOURCES} emptyText="—" />
        <TextField source="validatedBy" emptyText="—" />
        <RecordHistory resource="indicators" label="resources.audit-events.history" />
      </SimpleShowLayout>
      <Box sx={{ px: 2, pb: 2 }}>
        <MeasurementsPanel />
        <RevisionsPanel />
      </Box>
    </Show>
  );
}

function IndicatorEditForm() {
  const record = useRecordContext();
  const locked = { value: record?.targetValue != null, date: record?.targetDate != null };
  return (
    <SimpleForm mode="onChange" reValidateMode="onChange" validate={validateIndicator}>
      <IndicatorInputs targetLocked={locked} />
    </SimpleForm>
  );
}

export function IndicatorEdit() {
  return (
    <Edit title={<RecordTitle resource="indicators" />} mutationMode="pessimistic" redirect="show">
      <EditAccess><IndicatorEditForm /></EditAccess>
    </Edit>
  );
}

export function IndicatorCreate() {
  return (
    <Create redirect="show">
      <SimpleForm
        mode="onChange" reValidateMode="onChange" validate={validateIndicator}
        defaultValues={{ direction: 'increase', aggregation: 'sum', kind: 'outcome', aspect: 'effectiveness', evidenceDesign: 'none' }}
      >
        <IndicatorInputs />
      </SimpleForm>
    </Create>
  );
}
