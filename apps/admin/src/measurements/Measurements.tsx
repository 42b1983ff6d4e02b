import {
  AutocompleteInput, Create, Datagrid, Edit, Labeled, List, NumberField, NumberInput, ReferenceField, ReferenceInput, SearchInput,
  SelectArrayInput, Show, SimpleForm, SimpleShowLayout, TextField, TextInput, UrlField, FormDataConsumer, required, useGetOne,
  useLocaleState, useRecordContext, useTranslate,
} from 'react-admin';
import { Alert, Box, Typography } from '@mui/material';
import { useMemo, useRef } from 'react';
import { MEASUREMENT_STATUSES, type IndicatorUnit } from '@lab/domain';
import { enumChoices } from '../common/choices';
import { EnumField, InstantField } from '../common/fields';
import { validateEvidenceUrl, validatePeriod, validateValue } from './validation';
import { RecordTitle } from '../projects/RecordTitle';
import { csvExporter } from '../common/export';
import { RecordHistory } from '../audit-events/RecordHistory';

const filters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="projectId" source="projectId" reference="projects" alwaysOn>
    <AutocompleteInput sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <ReferenceInput key="indicatorId" source="indicatorId" reference="indicators" alwaysOn>
    <AutocompleteInput optionText="name" sx={{ minWidth: 260 }} />
  </ReferenceInput>,
  <TextInput key="period" source="period" validate={validatePeriod} helperText={false} placeholder="2016-Q3" />,
  <SelectArrayInput key="status" source="status" choices={enumChoices('measurement_status', MEASUREMENT_STATUSES)} />,
];

function ValueField(props: { source: string; label?: string; textAlign?: 'right' }) {
  const [locale] = useLocaleState();
  return <NumberField {...props} locales={locale === 'en' ? 'en-GB' : 'nl-NL'} options={{ maximumFractionDigits: 4 }} />;
}

const StatusField = (props: { source: string }) => <EnumField {...props} group="measurement_status" values={MEASUREMENT_STATUSES} />;

/** The CSV export speaks as the list does: names and words, not ids and codes. */
const exporter = csvExporter('measurements', [{ source: 'indicatorId', reference: 'indicators' }, { source: 'period' }, { source: 'value' }, { source: 'status', enumGroup: 'measurement_status' }, { source: 'note' }, { source: 'recordedAt' }]);

export function MeasurementList() {
  return (
    <List filters={filters} exporter={exporter} sort={{ field: 'period', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <ReferenceField source="indicatorId" reference="indicators" link={false}>
          <TextField source="name" />
        </ReferenceField>
        <TextField source="period" />
        <ValueField source="value" textAlign="right" />
        <StatusField source="status" />
        <InstantField source="recordedAt" />
      </Datagrid>
    </List>
  );
}

export function MeasurementShow() {
  return (
    <Show title={<RecordTitle resource="measurements" />}>
      <SimpleShowLayout>
        <ReferenceField source="indicatorId" reference="indicators">
          <TextField source="name" />
        </ReferenceField>
        <TextField source="period" />
        <ValueField source="value" />
        <StatusField source="status" />
        <TextField source="reviewComment" emptyText="—" />
        <TextField source="note" emptyText="—" />
        <UrlField source="evidenceUrl" emptyText="—" target="_blank" rel="noopener noreferrer" />
        <ReferenceField source="recordedById" reference="users" emptyText="—" link={false} />
        <InstantField source="recordedAt" />
        <InstantField source="submittedAt" emptyText="—" />
        <ReferenceField source="reviewedById" reference="users" emptyText="—" link={false} />
        <InstantField source="reviewedAt" emptyText="—" />
        <RecordHistory resource="measurements" label="resources.audit-events.history" />
      </SimpleShowLayout>
    </Show>
  );
}

/** The review status is shown, not edited: it changes only by submitting and reviewing. */
function StatusNote() {
  const record = useRecordContext();
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 2 }}>
      <Labeled source="status">
        <StatusField source="status" />
      </Labeled>
      <Typography variant="caption" color="text.secondary" component="p">
        {translate('resources.measurements.helper.status')}
      </Typography>
      {record?.reviewComment && (
        <Alert severity={record.status === 'returned' ? 'warning' : 'info'} sx={{ mt: 1 }}>
          <strong>{translate('resources.measurements.fields.reviewComment')}:</strong> {record.reviewComment}
        </Alert>
      )}
    </Box>
  );
}

/** The unit of the chosen indicator decides what a valid value is (a percentage 0–100, a whole count). */
function ValueInput({ indicatorId }: { indicatorId?: number }) {
  const translate = useTranslate();
  const { data: indicator } = useGetOne('indicators', { id: indicatorId! }, { enabled: indicatorId != null });
  const unit = useRef<IndicatorUnit | undefined>(undefined);
  unit.current = indicator?.unit;
  const validate = useMemo(() => validateValue(() => unit.current), []);
  return (
    <NumberInput
      source="value"
      validate={validate}
      helperText={indicator ? `${translate('resources.indicators.fields.unit')}: ${translate(`enums.indicator_unit.${indicator.unit}`)}` : false}
    />
  );
}

function MeasurementInputs() {
  return (
    <>
      <ReferenceInput source="indicatorId" reference="indicators">
        <AutocompleteInput optionText="name" validate={required()} fullWidth />
      </ReferenceInput>
      <TextInput source="period" validate={validatePeriod} helperText="resources.measurements.helper.period" />
      <FormDataConsumer<{ indicatorId?: number }>>{({ formData }) => <ValueInput indicatorId={formData.indicatorId} />}</FormDataConsumer>
      <TextInput source="note" multiline minRows={2} fullWidth helperText="app.privacy" />
      <TextInput source="evidenceUrl" type="url" fullWidth validate={validateEvidenceUrl} helperText="resources.measurements.helper.evidenceUrl" />
    </>
  );
}

export function MeasurementEdit() {
  return (
    <Edit title={<RecordTitle resource="measurements" />} mutationMode="pessimistic" redirect="show">
      <SimpleForm>
        <StatusNote />
        <MeasurementInputs />
      </SimpleForm>
    </Edit>
  );
}

export function MeasurementCreate() {
  return (
    <Create redirect="show">
      <SimpleForm>
        <MeasurementInputs />
      </SimpleForm>
    </Create>
  );
}
