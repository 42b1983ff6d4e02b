import { Typography } from '@mui/material';
import { AUDIT_ACTIONS, type ResourceName } from '@lab/domain';
import { Datagrid, Pagination, ReferenceField, ReferenceManyField, useTranslate, useCanAccess } from 'react-admin';
import { EnumField, InstantField } from '../common/fields';
import { AuditChangesSummary } from './AuditChanges';

function NoHistory() {
  const translate = useTranslate();
  return <Typography variant="body2">{translate('resources.audit-events.noHistory')}</Typography>;
}

/**
 * A record's history (who changed what, when) for its Show page:
 * `<RecordHistory resource="people" label="resources.audit-events.history" />` inside a SimpleShowLayout.
 */
export function RecordHistory({ resource }: { resource: ResourceName; label?: string }) {
  // The audit trail is for administrators and the focus team; others simply do not see the section.
  const { canAccess } = useCanAccess({ resource: 'audit-events', action: 'list' });
  if (!canAccess) return null;
  return (
    <ReferenceManyField
      reference="audit-events"
      target="recordId"
      filter={{ resource }}
      sort={{ field: 'id', order: 'DESC' }}
      perPage={10}
      pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
    >
      <Datagrid rowClick="show" bulkActionButtons={false} empty={<NoHistory />}>
        <InstantField source="occurredAt" sortable={false} />
        <EnumField source="action" group="audit_action" values={AUDIT_ACTIONS} sortable={false} />
        <ReferenceField source="userId" reference="users" link={false} sortable={false} emptyText="resources.audit-events.system" />
        <AuditChangesSummary label="resources.audit-events.fields.changes" />
      </Datagrid>
    </ReferenceManyField>
  );
}
