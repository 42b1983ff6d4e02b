import { AUDIT_ACTIONS, AUDITED_RESOURCES } from '@lab/domain';
import {
  AutocompleteInput, Datagrid, List, NumberInput, NumberField, ReferenceField, ReferenceInput, SelectInput, Show,
  SimpleShowLayout, TextField, TextInput,
} from 'react-admin';
import { enumChoices } from '../common/choices';
import { DayInput, EnumField, InstantField } from '../common/fields';
import { AuditChangesSummary, AuditChangesTable, AuditRecordLink, AuditResourceField, useResourceLabel } from './AuditChanges';

function useAuditFilters() {
  const resourceLabel = useResourceLabel();
  const resourceChoices = AUDITED_RESOURCES.map((id) => ({ id, name: resourceLabel(id) })).sort((a, b) => a.name.localeCompare(b.name));
  return [
    <SelectInput key="resource" source="resource" choices={resourceChoices} translateChoice={false} alwaysOn />,
    <SelectInput key="action" source="action" choices={enumChoices('audit_action', AUDIT_ACTIONS)} alwaysOn />,
    <ReferenceInput key="userId" source="userId" reference="users" sort={{ field: 'name', order: 'ASC' }}>
      <AutocompleteInput />
    </ReferenceInput>,
    <NumberInput key="recordId" source="recordId" min={1} step={1} />,
    <DayInput key="occurredAt_gte" source="occurredAt_gte" />,
    <DayInput key="occurredAt_lte" source="occurredAt_lte" />,
    // Every event of one request (the X-Request-Id its answer and log lines carry), and what one address did.
    <TextInput key="requestId" source="requestId" />,
    <TextInput key="clientAddress" source="clientAddress" />,
  ];
}

export function AuditEventList() {
  const filters = useAuditFilters();
  return (
    <List filters={filters} sort={{ field: 'id', order: 'DESC' }} perPage={25}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <InstantField source="occurredAt" />
        <ReferenceField source="userId" reference="users" link="show" emptyText="resources.audit-events.system" />
        <EnumField source="action" group="audit_action" values={AUDIT_ACTIONS} />
        <AuditResourceField source="resource" label="resources.audit-events.fields.resource" sortBy="resource" />
        <AuditRecordLink source="recordId" label="resources.audit-events.fields.recordId" sortBy="recordId" />
        <AuditChangesSummary label="resources.audit-events.fields.changes" max={3} />
        <TextField source="clientAddress" sortable={false} emptyText="—" />
      </Datagrid>
    </List>
  );
}

export function AuditEventShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <InstantField source="occurredAt" />
        <ReferenceField source="userId" reference="users" link="show" emptyText="resources.audit-events.system" />
        <EnumField source="action" group="audit_action" values={AUDIT_ACTIONS} />
        <AuditResourceField label="resources.audit-events.fields.resource" />
        <AuditRecordLink label="resources.audit-events.fields.recordId" />
        <AuditChangesTable label="resources.audit-events.fields.changes" />
        <TextField source="clientAddress" emptyText="—" />
        <TextField source="requestId" emptyText="—" />
        <NumberField source="id" />
      </SimpleShowLayout>
    </Show>
  );
}
