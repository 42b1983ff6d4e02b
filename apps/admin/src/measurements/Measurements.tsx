import {
  AutocompleteInput, Create, Datagrid, Edit, Labeled, List, NumberInput, ReferenceField, ReferenceInput, SearchInput,
  SelectArrayInput, NumberField, Show, SimpleForm, SimpleShowLayout, TextField, TextInput, UrlField, FormDataConsumer, required, useGetOne,
  useRecordContext, useTranslate, EditButton, TopToolbar, type RaRecord,
} from 'react-admin';
import { Alert, Box, Card, CardContent, Stack, Typography } from '@mui/material';
import { useMemo, useRef, useState } from 'react';
import { DEFAULT_SMALL_NUMBER_THRESHOLD, isMeasurementEditable, MEASUREMENT_STATUSES, type IndicatorUnit, type MeasurementContext, type MeasurementStatus, type ReviewAction } from '@lab/domain';
import { CommentThread } from '../reviews/CommentThread';
import { ReviewActions } from '../reviews/ReviewActions';
import { ReviewContextPanel } from '../reviews/ReviewContext';
import { QueueStep } from '../reviews/NextInQueue';
import { measurementSubject } from '../reviews/subject';
import { MeasurementStatusChip, StatusChipField } from '../common/StatusChip';
import { enumChoices } from '../common/choices';
import { DecimalField, EnumField, InstantField } from '../common/fields';
import { validateEvidenceUrl, validatePeopleMeasured, validatePeriod, validateValue } from './validation';
import { RecordTitle } from '../common/RecordTitle';
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

const StatusField = (props: { source: string }) => <EnumField {...props} group="measurement_status" values={MEASUREMENT_STATUSES} />;

/** The CSV export speaks as the list does: names and words, not ids and codes. */
/** A measurement's unit and its lab's threshold, from its context: what the export hides. */
const threshold = (r: RaRecord) => (r.context?.smallNumberThreshold as number | undefined) ?? DEFAULT_SMALL_NUMBER_THRESHOLD;
const countTerms = (r: RaRecord) => (r.context ? { unit: r.context.unit as string, threshold: threshold(r) } : null);
/** How many people a figure rests on is a count of people whatever the indicator's unit. */
const peopleTerms = (r: RaRecord) => ({ unit: 'count', threshold: threshold(r) });
const exporter = csvExporter('measurements', [{ source: 'indicatorId', reference: 'indicators' }, { source: 'period' }, { source: 'value', smallCount: countTerms }, { source: 'peopleMeasured', smallCount: peopleTerms }, { source: 'status', enumGroup: 'measurement_status' }, { source: 'note' }, { source: 'recordedAt' }]);

export function MeasurementList() {
  return (
    <List filters={filters} exporter={exporter} sort={{ field: 'period', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <ReferenceField source="indicatorId" reference="indicators" link={false}>
          <TextField source="name" />
        </ReferenceField>
        <TextField source="period" />
        <DecimalField source="value" textAlign="right" />
        <StatusChipField source="status" label="resources.measurements.fields.status" />
        <InstantField source="recordedAt" />
      </Datagrid>
    </List>
  );
}

/**
 * The status, the steps the user may take now, why an approved or submitted value is locked, and what a
 * reviewer weighs the value against (baseline, target in force, the quarter before). After approving or
 * returning, the way on to the next measurement waiting in the queue.
 */
function ReviewPanel() {
  const record = useRecordContext();
  const translate = useTranslate();
  const [decided, setDecided] = useState<{ id: unknown; action: ReviewAction; subject: string } | null>(null);
  if (!record) return null;
  const context = record.context as MeasurementContext | undefined;
  const subject = measurementSubject({ period: record.period, context });
  return (
    <Card variant="outlined" sx={{ mb: 2 }} data-testid="review-panel">
      <CardContent>
        <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' }, justifyContent: 'space-between' }}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Typography component="span" variant="subtitle1">{translate('resources.measurements.fields.status')}:</Typography>
            <MeasurementStatusChip status={record.status} size="medium" />
          </Stack>
          <ReviewActions
            measurement={{ id: record.id as number, status: record.status, period: record.period, projectId: record.projectId, context }}
            onDone={(_saved, action) => {
              if (action === 'approve' || action === 'return') setDecided({ id: record.id, action, subject });
            }}
          />
        </Stack>
        {record.status === 'returned' && record.reviewComment && (
          <Alert severity="warning" sx={{ mt: 2 }}>
            <strong>{translate('resources.measurements.fields.reviewComment')}:</strong> {record.reviewComment}
          </Alert>
        )}
        {!isMeasurementEditable(record.status as MeasurementStatus) && (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
            {translate(`reviews.locked.${record.status}`)}
          </Typography>
        )}
        {decided && decided.id === record.id && <QueueStep action={decided.action} subject={decided.subject} currentId={record.id as number} />}
        {context && <ReviewContextPanel value={record.value as number} period={record.period} context={context} />}
      </CardContent>
    </Card>
  );
}

function Thread() {
  const record = useRecordContext();
  if (!record) return null;
  return <CommentThread measurementId={record.id as number} />;
}

/** An approved or submitted measurement has no edit button: the team edits only drafts and returned ones. */
function ShowActions() {
  const record = useRecordContext();
  return (
    <TopToolbar>
      {record && isMeasurementEditable(record.status as MeasurementStatus) && <EditButton />}
    </TopToolbar>
  );
}

export function MeasurementShow() {
  return (
    <Show title={<RecordTitle resource="measurements" />} actions={<ShowActions />}>
      <Box sx={{ p: 2, pb: 0 }}>
        <ReviewPanel />
      </Box>
      <SimpleShowLayout>
        <ReferenceField source="projectId" reference="projects" emptyText="—" />
        <ReferenceField source="indicatorId" reference="indicators">
          <TextField source="name" />
        </ReferenceField>
        <TextField source="period" />
        <DecimalField source="value" />
        <NumberField source="peopleMeasured" emptyText="—" />
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
      <Box sx={{ p: 2 }}>
        <Thread />
      </Box>
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
      <NumberInput source="peopleMeasured" min={0} step={1} validate={validatePeopleMeasured} helperText="resources.measurements.helper.peopleMeasured" />
    </>
  );
}

/** A submitted or approved measurement is not the team's to edit: say why instead of showing the form. */
function MeasurementEditForm() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (record && !isMeasurementEditable(record.status as MeasurementStatus)) {
    return (
      <Box sx={{ p: 2 }}>
        <Alert severity="info" sx={{ mb: 2 }} data-testid="measurement-locked">
          {translate(`reviews.locked.${record.status}`)}
        </Alert>
        <ReviewActions measurement={{ id: record.id as number, status: record.status, period: record.period, projectId: record.projectId }} only={['reopen']} />
      </Box>
    );
  }
  return (
    <SimpleForm mode="onChange" reValidateMode="onChange">
      <StatusNote />
      <MeasurementInputs />
    </SimpleForm>
  );
}

export function MeasurementEdit() {
  return (
    <Edit title={<RecordTitle resource="measurements" />} mutationMode="pessimistic" redirect="show">
      <MeasurementEditForm />
    </Edit>
  );
}

export function MeasurementCreate() {
  return (
    <Create redirect="show">
      <SimpleForm mode="onChange" reValidateMode="onChange">
        <MeasurementInputs />
      </SimpleForm>
    </Create>
  );
}
