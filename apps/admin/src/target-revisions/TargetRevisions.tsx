import { Alert } from '@mui/material';
import { quarterOfDate } from '@lab/domain';
import {
  AutocompleteInput, Create, Datagrid, DateInput, FormDataConsumer, List, NumberField, NumberInput, ReferenceField, ReferenceInput,
  SelectInput, Show, SimpleForm, SimpleShowLayout, TextField, TextInput, maxLength, required, useGetOne, useLocaleState, useTranslate,
} from 'react-admin';
import { DayField, InstantField } from '../common/fields';
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
  <DateInput key="revisedAt_gte" source="revisedAt_gte" />,
  <DateInput key="revisedAt_lte" source="revisedAt_lte" />,
];

function useNumberLocale() {
  const [locale] = useLocaleState();
  return locale === 'en' ? 'en-GB' : 'nl-NL';
}

/** A target change is history: listed and shown, never edited or deleted (the API answers 405). */
export function TargetRevisionList() {
  const locales = useNumberLocale();
  return (
    <List filters={filters} sort={{ field: 'revisedAt', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <InstantField source="revisedAt" />
        <ReferenceField source="indicatorId" reference="indicators" link="show" />
        <NumberField source="oldValue" locales={locales} sortable={false} />
        <NumberField source="newValue" locales={locales} sortable={false} />
        <DayField source="newDate" sortable={false} />
        <TextField source="effectiveFrom" />
        <Excerpt sortable={false} source="reason" />
        <ReferenceField source="revisedById" reference="users" link="show" sortable={false} />
      </Datagrid>
    </List>
  );
}

export function TargetRevisionShow() {
  const locales = useNumberLocale();
  return (
    <Show>
      <SimpleShowLayout>
        <ReferenceField source="indicatorId" reference="indicators" link="show" />
        <NumberField source="oldValue" locales={locales} emptyText="–" />
        <DayField source="oldDate" emptyText="–" />
        <NumberField source="newValue" locales={locales} />
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
  const locales = useNumberLocale();
  const { data } = useGetOne('indicators', { id: indicatorId }, { enabled: indicatorId != null });
  if (!data) return null;
  const number = (n: number | null) => (n == null ? '–' : new Intl.NumberFormat(locales, { maximumFractionDigits: 4 }).format(n));
  const value = number(data.targetValue);
  const baseline = number(data.baselineValue);
  const date = data.targetDate ? new Date(`${data.targetDate}T00:00:00`).toLocaleDateString(locales, { dateStyle: 'medium' }) : '–';
  return (
    <Alert severity="info" sx={{ mb: 2, maxWidth: 640 }}>
      {translate('resources.target-revisions.current', { value, date, baseline })}
    </Alert>
  );
}

export function TargetRevisionCreate() {
  return (
    <Create redirect="show">
      <SimpleForm defaultValues={{ effectiveFrom: quarterOfDate(new Date()) }}>
        <ReferenceInput source="indicatorId" reference="indicators" sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput validate={required()} />
        </ReferenceInput>
        <FormDataConsumer>{({ formData }) => <CurrentTarget indicatorId={formData.indicatorId ?? undefined} />}</FormDataConsumer>
        <NumberInput source="newValue" validate={required()} helperText="resources.target-revisions.helper.newValue" />
        <DateInput source="newDate" helperText="resources.target-revisions.helper.newDate" />
        <TextInput source="effectiveFrom" validate={[required(), validQuarter]} helperText="resources.target-revisions.helper.effectiveFrom" />
        <TextInput source="reason" multiline minRows={3} validate={[required(), maxLength(5000)]} helperText="app.privacy" />
      </SimpleForm>
    </Create>
  );
}
