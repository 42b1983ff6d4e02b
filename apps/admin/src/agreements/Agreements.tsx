import { Typography } from '@mui/material';
import { AGREEMENT_KINDS, AGREEMENT_STATUSES, agreementProblems } from '@lab/domain';
import {
  AutocompleteInput, Create, Datagrid, Edit, FormDataConsumer, List, ReferenceField, ReferenceInput, SelectInput, Show,
  SimpleForm, SimpleShowLayout, TextField, TextInput, maxLength, required, useRecordContext, useTranslate, type RaRecord,
} from 'react-admin';
import { RecordHistory } from '../audit-events/RecordHistory';
import { AgreementPayments } from '../reports/AgreementPayments';
import { enumChoices } from '../common/choices';
import { DayField, DayInput, EnumField, InstantField, MoneyField, MoneyInput } from '../common/fields';
import { LongText, SearchFilter } from '../common/list-helpers';
import { csvExporter, projectName } from '../common/export';
import { EditAccess } from '../auth/EditAccess';

const OUTCOME = 'outcome_contract';
const kindChoices = enumChoices('agreement_kind', AGREEMENT_KINDS);
const statusChoices = enumChoices('agreement_status', AGREEMENT_STATUSES);

const filters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <ReferenceInput key="projectId" source="projectId" reference="projects" sort={{ field: 'code', order: 'ASC' }} alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={statusChoices} alwaysOn />,
  <SelectInput key="kind" source="kind" choices={kindChoices} alwaysOn />,
  <ReferenceInput key="organisationId" source="organisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput />
  </ReferenceInput>,
  <DayInput key="signedDate_gte" source="signedDate_gte" />,
  <DayInput key="signedDate_lte" source="signedDate_lte" />,
  <DayInput key="endDate_gte" source="endDate_gte" />,
];

/** The CSV export speaks as the list does: names and words, not ids and codes. */
const exporter = csvExporter('agreements', [{ source: 'projectId', reference: 'projects', representation: projectName }, { source: 'organisationId', reference: 'organisations' }, { source: 'title' }, { source: 'kind', enumGroup: 'agreement_kind' }, { source: 'status', enumGroup: 'agreement_status' }, { source: 'signedDate' }, { source: 'startDate' }, { source: 'endDate' }, { source: 'contributionCents', money: true }, { source: 'pricePerUnitCents', money: true }, { source: 'maxPaymentCents', money: true }]);

export function AgreementList() {
  return (
    <List filters={filters} exporter={exporter} sort={{ field: 'projectId', order: 'ASC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <TextField source="title" />
        <ReferenceField source="projectId" reference="projects" link="show" />
        <ReferenceField source="organisationId" reference="organisations" link="show" />
        <EnumField source="kind" group="agreement_kind" values={AGREEMENT_KINDS} />
        <EnumField source="status" group="agreement_status" values={AGREEMENT_STATUSES} />
        <DayField source="signedDate" />
        <DayField source="endDate" />
        <MoneyField source="contributionCents" />
      </Datagrid>
    </List>
  );
}

function SectionTitle({ children }: { children: string }) {
  const translate = useTranslate();
  return (
    <Typography component="h2" variant="subtitle1" sx={{ mt: 2, fontWeight: 600 }}>
      {translate(children)}
    </Typography>
  );
}

/** The payment rule of an outcome contract is shown only for outcome contracts. */
function AgreementShowLayout() {
  const record = useRecordContext();
  const outcome = record?.kind === OUTCOME;
  return (
    <SimpleShowLayout>
      <TextField source="title" />
      <ReferenceField source="projectId" reference="projects" link="show" />
      <ReferenceField source="organisationId" reference="organisations" link="show" />
      <EnumField source="kind" group="agreement_kind" values={AGREEMENT_KINDS} />
      <EnumField source="status" group="agreement_status" values={AGREEMENT_STATUSES} />
      <DayField source="signedDate" emptyText="–" />
      <DayField source="startDate" emptyText="–" />
      <DayField source="endDate" emptyText="–" />
      <LongText source="commitments" emptyText="–" />
      <MoneyField source="contributionCents" emptyText="–" />
      {outcome && <ReferenceField source="indicatorId" reference="indicators" link="show" />}
      {outcome && <MoneyField source="pricePerUnitCents" />}
      {outcome && <MoneyField source="maxPaymentCents" />}
      <InstantField source="createdAt" />
      <InstantField source="updatedAt" />
      <RecordHistory resource="agreements" label="resources.audit-events.history" />
    </SimpleShowLayout>
  );
}

export function AgreementShow() {
  return (
    <Show>
      <AgreementShowLayout />
      <AgreementPayments />
    </Show>
  );
}

/** The API's own rule (libs/domain): an agreement ends on or after its start. */
const endNotBeforeStart = (value: string | null, all: Record<string, unknown>) =>
  agreementProblems({ startDate: (all.startDate as string | null) || null, endDate: value || null }).endDate
    ? 'resources.agreements.validation.endBeforeStart'
    : undefined;

const maxNotBelowPrice = (value: number | null, all: Record<string, unknown>) =>
  value != null && typeof all.pricePerUnitCents === 'number' && value < all.pricePerUnitCents
    ? 'resources.agreements.validation.maxBelowPrice'
    : undefined;

/**
 * common/MoneyInput shows "0" for an empty amount: react-admin's useInput has already turned null into ''
 * before NumberInput's format runs, and '' / 100 is 0. Until that is fixed there, treat '' as empty too.
 */
const centsToEuros = (cents: number | string | null) => (cents == null || cents === '' ? '' : Number(cents) / 100) as unknown as number;

function AgreementForm() {
  return (
    <SimpleForm mode="onChange" reValidateMode="onChange" defaultValues={{ status: 'draft' }}>
      <ReferenceInput source="projectId" reference="projects" sort={{ field: 'code', order: 'ASC' }}>
        <AutocompleteInput validate={required()} />
      </ReferenceInput>
      <ReferenceInput source="organisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput validate={required()} helperText="resources.agreements.helper.organisationId" />
      </ReferenceInput>
      <TextInput source="title" validate={[required(), maxLength(300)]} />
      <SelectInput source="kind" choices={kindChoices} validate={required()} />
      <SelectInput source="status" choices={statusChoices} validate={required()} />
      <DayInput source="signedDate" />
      <DayInput source="startDate" />
      <DayInput source="endDate" validate={endNotBeforeStart} />
      <TextInput source="commitments" multiline minRows={4} validate={maxLength(10000)} helperText="app.privacy" />
      <MoneyInput source="contributionCents" format={centsToEuros} helperText="resources.agreements.helper.contributionCents" />
      <FormDataConsumer>
        {({ formData }) =>
          formData.kind === OUTCOME && (
            <>
              <SectionTitle>resources.agreements.sections.outcome</SectionTitle>
              <Typography variant="body2" color="text.secondary" sx={{ mb: 1, maxWidth: 640 }}>
                <OutcomeExplanation />
              </Typography>
              <ReferenceInput
                source="indicatorId" reference="indicators" sort={{ field: 'name', order: 'ASC' }}
                filter={formData.projectId ? { projectId: formData.projectId, kind: 'outcome' } : { kind: 'outcome' }}
              >
                <AutocompleteInput validate={required()} helperText="resources.agreements.helper.indicatorId" />
              </ReferenceInput>
              <MoneyInput source="pricePerUnitCents" format={centsToEuros} validate={required()} />
              <MoneyInput source="maxPaymentCents" format={centsToEuros} validate={[required(), maxNotBelowPrice]} />
            </>
          )
        }
      </FormDataConsumer>
    </SimpleForm>
  );
}

function OutcomeExplanation() {
  const translate = useTranslate();
  return <>{translate('resources.agreements.helper.outcome')}</>;
}

/** A payment rule belongs to outcome contracts only: clear it when the kind is something else. */
const dropOutcomeTermsUnlessOutcome = (data: RaRecord) =>
  data.kind === OUTCOME ? data : { ...data, indicatorId: null, pricePerUnitCents: null, maxPaymentCents: null };

export const AgreementEdit = () => (
  <Edit mutationMode="pessimistic" transform={dropOutcomeTermsUnlessOutcome}>
    <EditAccess><AgreementForm /></EditAccess>
  </Edit>
);
export const AgreementCreate = () => (
  <Create redirect="show" transform={dropOutcomeTermsUnlessOutcome}>
    <AgreementForm />
  </Create>
);
