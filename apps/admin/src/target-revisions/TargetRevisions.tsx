import { Alert } from '@mui/material';
import { quarterOfDate } from '@lab/domain';
import {
  AutocompleteInput, Create, Datagrid, FormDataConsumer, List, NumberInput, ReferenceField, ReferenceInput,
  SelectInput, Show, SimpleForm, SimpleShowLayout, TextField, TextInput, maxLength, required, useGetOne, useLocaleState, useTranslate,
} from 'react-admin';
import { DayField, DayInput, DecimalField, InstantField } from '../common/fields';
import { day, decimal } from '../common/format';
import { quarterChoices, validQuarter } from '../common/quarter';
import { Excerpt, LongText, SearchFilter } from '../common/list-helpers';

const filters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <ReferenceInput key="indicatorId" source="indicatorId" reference="indicators" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
  <SelectInput key="effectiveFrom" source="effectiveFrom" choices={quarterChoices()} translateChoice={false} />,
  <ReferenceInput key="revisedById" source="revisedById" reference="users" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput />
  </ReferenceInput>,
  <DayInput key="revisedAt_gte" source="revisedAt_gte" />,
  <DayInput key="revisedAt_lte" source="revisedAt_lte" />,
];

/** A target change is history: listed and shown, never edited or deleted (the API answers 405). */
export function TargetRevisionList() {
  return (
    <List filters={filters} sort={{ field: 'revisedAt', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <InstantField source="revisedAt" />
        <ReferenceField source="indicatorId" reference="indicators" link="show" />
        <DecimalField source="oldValue" sortable={false} />
        <DecimalField source="newValue" sortable={false} />
        <DayField source="newDate" sortable={false} />
        <TextField source="effectiveFrom" />
        <Excerpt sortable={false} source="reason" />
        <ReferenceField source="revisedById" reference="users" link="show" sortable={false} />
      </Datagrid>
    </List>
  );
}

export function TargetRevisionShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <ReferenceField source="indicatorId" reference="indicators" link="show" />
        <DecimalField source="oldValue" emptyText="–" />
        <DayField source="oldDate" emptyText="–" />
        <DecimalField source="newValue" />
        <DayField source="newDate" emptyText="–" />
        <TextField source="effectiveFrom" />
        <LongText source="reason" />
        <ReferenceField source="revisedById" reference="users" link="show" emptyText="–" />
        <InstantField source="revisedAt" />
      </SimpleShowLayout>
    </Show>
  );
}

/** What the chosen indicator's target is now, so the user sees what they are changing. */
function CurrentTarget({ indicatorId }: { indicatorId?: number }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { data } = useGetOne('indicators', { id: indicatorId }, { enabled: indicatorId != null });
  if (!data) return null;
  const number = (n: number | null) => (n == null ? '–' : decimal(n, locale));
  const value = number(data.targetValue);
  const baseline = number(data.baselineValue);
  const date = data.targetDate ? day(data.targetDate, locale) : '–';
  return (
    <Alert severity="info" sx={{ mb: 2, maxWidth: 640 }}>
      {translate('resources.target-revisions.current', { value, date, baseline })}
    </Alert>
  );
}

export function TargetRevisionCreate() {
  return (
    <Create redirect="show">
      <SimpleForm mode="onChange" reValidateMode="onChange" defaultValues={{ effectiveFrom: quarterOfDate(new Date()) }}>
        <ReferenceInput source="indicatorId" reference="indicators" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput validate={required()} />
        </ReferenceInput>
        <FormDataConsumer>{({ formData }) => <CurrentTarget indicatorId={formData.indicatorId ?? undefined} />}</FormDataConsumer>
        <NumberInput source="newValue" validate={required()} helperText="resources.target-revisions.helper.newValue" />
        <DayInput source="newDate" helperText="resources.target-revisions.helper.newDate" />
        <TextInput source="effectiveFrom" validate={[required(), validQuarter]} helperText="resources.target-revisions.helper.effectiveFrom" />
        <TextInput source="reason" multiline minRows={3} validate={[required(), maxLength(5000)]} helperText="app.privacy" />
      </SimpleForm>
    </Create>
  );
}
