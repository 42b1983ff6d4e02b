import { LESSON_KINDS } from '@lab/domain';
import {
  AutocompleteInput, Create, Datagrid, Edit, List, ReferenceField, ReferenceInput, SelectInput, Show, SimpleForm,
  SimpleShowLayout, TextInput, maxLength, required,
} from 'react-admin';
import { RecordHistory } from '../audit-events/RecordHistory';
import { enumChoices } from '../common/choices';
import { DayField, DayInput, EnumField, InstantField } from '../common/fields';
import { Excerpt, LongText, SearchFilter, localToday } from '../common/list-helpers';
import { csvExporter, projectName } from '../common/export';
import { EditAccess } from '../auth/EditAccess';

const kindChoices = enumChoices('lesson_kind', LESSON_KINDS);

const filters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <SelectInput key="kind" source="kind" choices={kindChoices} alwaysOn />,
  <ReferenceInput key="themeId" source="themeId" reference="themes" sort={{ field: 'name', order: 'ASC' }} alwaysOn>
    <SelectInput />
  </ReferenceInput>,
  <ReferenceInput key="projectId" source="projectId" reference="projects" sort={{ field: 'code', order: 'ASC' }}>
    <AutocompleteInput />
  </ReferenceInput>,
  <DayInput key="date_gte" source="date_gte" />,
  <DayInput key="date_lte" source="date_lte" />,
];

/** The CSV export speaks as the list does: names and words, not ids and codes. */
const exporter = csvExporter('lessons', [{ source: 'projectId', reference: 'projects', representation: projectName }, { source: 'kind', enumGroup: 'lesson_kind' }, { source: 'themeId', reference: 'themes' }, { source: 'date' }, { source: 'text' }]);

export function LessonList() {
  return (
    <List filters={filters} exporter={exporter} sort={{ field: 'date', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <DayField source="date" />
        <EnumField source="kind" group="lesson_kind" values={LESSON_KINDS} />
        <Excerpt sortable={false} source="text" lines={3} />
        <ReferenceField source="projectId" reference="projects" link="show" />
        <ReferenceField source="themeId" reference="themes" link="show" />
      </Datagrid>
    </List>
  );
}

export function LessonShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <EnumField source="kind" group="lesson_kind" values={LESSON_KINDS} />
        <LongText source="text" />
        <DayField source="date" />
        <ReferenceField source="projectId" reference="projects" link="show" />
        <ReferenceField source="themeId" reference="themes" link="show" emptyText="resources.lessons.noTheme" />
        <InstantField source="createdAt" />
        <InstantField source="updatedAt" />
        <RecordHistory resource="lessons" label="resources.audit-events.history" />
      </SimpleShowLayout>
    </Show>
  );
}

function LessonForm() {
  return (
    <SimpleForm mode="onChange" reValidateMode="onChange" defaultValues={{ date: localToday() }}>
      <ReferenceInput source="projectId" reference="projects" sort={{ field: 'code', order: 'ASC' }}>
        <AutocompleteInput validate={required()} />
      </ReferenceInput>
      <SelectInput source="kind" choices={kindChoices} validate={required()} helperText="resources.lessons.helper.kind" />
      <ReferenceInput source="themeId" reference="themes" sort={{ field: 'name', order: 'ASC' }}>
        <SelectInput emptyText="resources.lessons.noTheme" />
      </ReferenceInput>
      <TextInput source="text" multiline minRows={4} validate={[required(), maxLength(10000)]} helperText="app.privacy" />
      <DayInput source="date" validate={required()} />
    </SimpleForm>
  );
}

export const LessonEdit = () => <Edit mutationMode="pessimistic"><EditAccess><LessonForm /></EditAccess></Edit>;
export const LessonCreate = () => <Create redirect="show"><LessonForm /></Create>;
