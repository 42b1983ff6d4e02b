import { NOTIFICATION_DELIVERIES, NOTIFICATION_KINDS, NOTIFICATION_STATUSES } from '@lab/domain';
import { Typography } from '@mui/material';
import {
  AutocompleteInput, Datagrid, List, NumberField, ReferenceField, ReferenceInput, SelectInput, Show, SimpleShowLayout, TextField,
  UrlField, useTranslate,
} from 'react-admin';
import { readSession } from '../auth/session';
import { enumChoices } from '../common/choices';
import { DayInput, EnumField, InstantField } from '../common/fields';

function useNotificationFilters() {
  const user = readSession()?.user;
  return [
    <SelectInput key="status" source="status" choices={enumChoices('notification_status', NOTIFICATION_STATUSES)} alwaysOn />,
    <SelectInput key="kind" source="kind" choices={enumChoices('notification_kind', NOTIFICATION_KINDS)} alwaysOn />,
    // Administrators read every notice; everyone else only their own, so only they pick a recipient.
    ...(user?.role === 'admin'
      ? [<ReferenceInput key="userId" source="userId" reference="users" sort={{ field: 'name', order: 'ASC' }}><AutocompleteInput /></ReferenceInput>]
      : []),
    <DayInput key="queuedAt_gte" source="queuedAt_gte" />,
    <DayInput key="queuedAt_lte" source="queuedAt_lte" />,
  ];
}

function Help() {
  const translate = useTranslate();
  return <Typography variant="body2" sx={{ px: 2, pt: 1 }}>{translate('resources.notifications.help')}</Typography>;
}

export function NotificationList() {
  const filters = useNotificationFilters();
  return (
    <List filters={filters} sort={{ field: 'id', order: 'DESC' }} perPage={25} exporter={false}>
      <Help />
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <ReferenceField source="userId" reference="users" link={false} />
        <EnumField source="kind" group="notification_kind" values={NOTIFICATION_KINDS} />
        <TextField source="subject" sortable={false} />
        <EnumField source="status" group="notification_status" values={NOTIFICATION_STATUSES} />
        <TextField source="lastError" sortable={false} emptyText="—" />
        <InstantField source="queuedAt" />
        <InstantField source="sentAt" emptyText="—" />
      </Datagrid>
    </List>
  );
}

export function NotificationShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <ReferenceField source="userId" reference="users" link={false} />
        <EnumField source="kind" group="notification_kind" values={NOTIFICATION_KINDS} />
        <TextField source="subject" />
        <TextField source="body" sx={{ whiteSpace: 'pre-wrap' }} />
        <UrlField source="link" emptyText="—" />
        <EnumField source="delivery" group="notification_delivery" values={NOTIFICATION_DELIVERIES} />
        <EnumField source="status" group="notification_status" values={NOTIFICATION_STATUSES} />
        <NumberField source="attempts" />
        <TextField source="lastError" emptyText="—" />
        <InstantField source="queuedAt" />
        <InstantField source="sentAt" emptyText="—" />
      </SimpleShowLayout>
    </Show>
  );
}
