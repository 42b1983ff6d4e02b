import AddIcon from '@mui/icons-material/Add';
import EditIcon from '@mui/icons-material/Edit';
import { Alert, Box, Button, MenuItem, Stack, TextField as MuiTextField, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import {
  CreateButton, Datagrid, DeleteButton, Pagination, ReferenceField, ReferenceManyField, TextField, useGetOne, useListContext, useNotify,
  useRecordContext, useTranslate, useUpdate, type RaRecord,
} from 'react-admin';
import {
  AGREEMENT_KINDS, AGREEMENT_STATUSES, GATE_DECISIONS, LESSON_KINDS, MEMBERSHIP_ROLES, MILESTONE_STATUSES, PHASES, type Phase,
} from '@lab/domain';
import { DayField, EnumField, HealthField, InstantField, MoneyField } from '../common/fields';
import { IndicatorCard } from '../indicators/IndicatorCard';
import { MilestoneDialog } from '../milestones/MilestoneDialog';
import { OverdueField } from '../milestones/OverdueField';
import { OPEN_FIRST } from '../milestones/Milestones';
import { GateControls } from './GateControls';
import { OverrideField } from '../phase-decisions/PhaseDecisions';
import { ProjectCriteria } from '../success-criteria/SuccessCriteria';
import { useCanWriteProject } from '../auth/useCanWriteProject';

type TabProps = { label?: false };

function Empty({ message }: { message: string }) {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ py: 2 }}>
      {translate(message)}
    </Typography>
  );
}

/** A tab's toolbar: what the list is about on the left, its action on the right. */
function TabToolbar({ children, action }: { children?: ReactNode; action?: ReactNode }) {
  return (
    <Stack direction="row" spacing={2} sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1, minHeight: 40 }}>
      <Box>{children}</Box>
      {action}
    </Stack>
  );
}

/** "Add …" on the project page: the resource's own create form, already tied to this project. */
function AddButton({ resource, label }: { resource: string; label: string }) {
  const record = useRecordContext();
  const canWrite = useCanWriteProject(resource, record?.id);
  if (!record || !canWrite) return null;
  return <CreateButton resource={resource} label={label} state={{ record: { projectId: record.id } }} variant="outlined" />;
}

function NoLeadWarning() {
  const translate = useTranslate();
  const { data, isPending } = useListContext();
  if (isPending || !data || data.some((m) => m.role === 'lead')) return null;
  return (
    <Alert severity="warning" sx={{ mb: 1 }}>
      {translate('resources.projects.team.no_lead')}
    </Alert>
  );
}

/**
 * A member's role, changed where it is shown by whoever may change the team: the choice is saved as soon as
 * it is made, with an undo in the notification (react-admin's undoable update, which sends the record's
 * version so that a change made meanwhile is refused, not overwritten). Others read the role.
 */
function RoleCell(_: { label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const [update] = useUpdate();
  const canWrite = useCanWriteProject('memberships', record?.projectId);
  const { data: person } = useGetOne('people', { id: record?.personId }, { enabled: record?.personId != null });
  if (!record) return null;
  if (!canWrite) return <EnumField source="role" group="membership_role" values={MEMBERSHIP_ROLES} />;
  const name = person?.name ?? '';
  const change = (role: string) => {
    if (role === record.role) return;
    update(
      'memberships',
      { id: record.id, data: { role, version: record.version }, previousData: record },
      { mutationMode: 'undoable' },
    );
    notify('resources.projects.team.role_changed', {
      type: 'info', undoable: true, messageArgs: { name, role: translate(`enums.membership_role.${role}`).toLowerCase() },
    });
  };
  return (
    <MuiTextField
      select
      size="small"
      variant="standard"
      value={record.role}
      onChange={(e) => change(e.target.value)}
      slotProps={{ htmlInput: { 'aria-label': translate('resources.projects.team.role_of', { name }) } }}
      sx={{ minWidth: 200 }}
    >
      {MEMBERSHIP_ROLES.map((role) => (
        <MenuItem key={role} value={role}>{translate(`enums.membership_role.${role}`)}</MenuItem>
      ))}
    </MuiTextField>
  );
}

export function TeamTab(_: TabProps) {
  const translate = useTranslate();
  return (
    <ReferenceManyField reference="memberships" target="projectId" sort={{ field: 'role', order: 'ASC' }} perPage={100}>
      <TabToolbar action={<AddButton resource="memberships" label="resources.projects.team.add" />} />
      <NoLeadWarning />
      <Datagrid bulkActionButtons={false} rowClick={false} empty={<Empty message="resources.projects.team.empty" />}>
        <ReferenceField source="personId" reference="people">
          <TextField source="name" />
        </ReferenceField>
        <RoleCell label="resources.memberships.fields.role" />
        <DeleteButton mutationMode="pessimistic" redirect={false} aria-label={translate('ra.action.delete')} />
      </Datagrid>
    </ReferenceManyField>
  );
}

export function AgreementsTab(_: TabProps) {
  return (
    <ReferenceManyField reference="agreements" target="projectId" sort={{ field: 'id', order: 'ASC' }} perPage={25} pagination={<Pagination />}>
      <TabToolbar action={<AddButton resource="agreements" label="resources.projects.agreements.add" />} />
      <Datagrid bulkActionButtons={false} rowClick="show" empty={<Empty message="resources.projects.agreements.empty" />}>
        <TextField source="title" />
        <ReferenceField source="organisationId" reference="organisations" link={false}>
          <TextField source="name" />
        </ReferenceField>
        <EnumField source="kind" group="agreement_kind" values={AGREEMENT_KINDS} />
        <EnumField source="status" group="agreement_status" values={AGREEMENT_STATUSES} />
        <DayField source="signedDate" />
        <DayField source="endDate" />
        <MoneyField source="contributionCents" textAlign="right" />
      </Datagrid>
    </ReferenceManyField>
  );
}

function MilestoneSummary() {
  const translate = useTranslate();
  const { data, isPending } = useListContext();
  if (isPending || !data?.length) return null;
  const overdue = data.filter((m) => m.overdue).length;
  return (
    <Typography variant="body2">
      {translate('resources.milestones.summary.count', { smart_count: data.length })}
      {overdue > 0 && <strong>, {translate('resources.milestones.summary.overdue', { smart_count: overdue })}</strong>}
    </Typography>
  );
}

/** The per-row button: edits the milestone in a dialog on the project page. */
function EditMilestoneButton({ onEdit }: { onEdit: (m: RaRecord) => void; label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const canWrite = useCanWriteProject('milestones', record?.projectId);
  if (!record || !canWrite) return null;
  return (
    <Button
      size="small"
      startIcon={<EditIcon />}
      onClick={() => onEdit(record)}
      aria-label={`${translate('resources.milestones.actions.edit')}: ${record.title}`}
    >
      {translate('resources.milestones.actions.edit')}
    </Button>
  );
}

export function MilestonesTab(_: TabProps) {
  const project = useRecordContext();
  const translate = useTranslate();
  const [dialog, setDialog] = useState<{ open: boolean; milestone?: RaRecord }>({ open: false });
  const canWrite = useCanWriteProject('milestones', project?.id);
  if (!project) return null;
  return (
    <>
      <ReferenceManyField reference="milestones" target="projectId" sort={OPEN_FIRST} perPage={100}>
        <TabToolbar
          action={
            canWrite && (
              <Button variant="outlined" startIcon={<AddIcon />} onClick={() => setDialog({ open: true })}>
                {translate('resources.milestones.actions.add')}
              </Button>
            )
          }
        >
          <MilestoneSummary />
        </TabToolbar>
        <Datagrid
          bulkActionButtons={false}
          rowClick={false}
          empty={<Empty message="resources.milestones.empty" />}
          rowSx={(record) => (record.overdue ? overdueRowSx : {})}
        >
          <TextField source="title" />
          <EnumField source="phase" group="phase" values={PHASES} />
          <DayField source="dueDate" />
          <OverdueField label="resources.milestones.fields.overdue" sortable={false} />
          <EnumField source="status" group="milestone_status" values={MILESTONE_STATUSES} />
          <DayField source="completedDate" />
          <ReferenceField source="ownerId" reference="people" emptyText="—">
            <TextField source="name" />
          </ReferenceField>
          <EditMilestoneButton label="" onEdit={(milestone) => setDialog({ open: true, milestone })} />
        </Datagrid>
      </ReferenceManyField>
      {dialog.open && (
        <MilestoneDialog
          open
          onClose={() => setDialog({ open: false })}
          projectId={project.id as number}
          projectPhase={project.phase as Phase}
          milestone={dialog.milestone}
        />
      )}
    </>
  );
}

function IndicatorCards() {
  const { data, isPending } = useListContext();
  if (isPending) return null;
  if (!data?.length) return <Empty message="resources.indicators.empty" />;
  return (
    <Stack spacing={2}>
      {data.map((indicator) => (
        <IndicatorCard key={indicator.id} indicator={indicator} />
      ))}
    </Stack>
  );
}

/** "1 indicator", "2 indicatoren": how many the project measures. */
function IndicatorCount() {
  const translate = useTranslate();
  const { total, isPending } = useListContext();
  if (isPending || !total) return null;
  return <Typography variant="body2" data-testid="indicator-count">{translate('resources.projects.indicators_count', { smart_count: total })}</Typography>;
}

export function IndicatorsTab(_: TabProps) {
  return (
    <ReferenceManyField reference="indicators" target="projectId" sort={{ field: 'id', order: 'ASC' }} perPage={100}>
      <TabToolbar action={<AddButton resource="indicators" label="resources.indicators.add" />}>
        <IndicatorCount />
      </TabToolbar>
      <IndicatorCards />
    </ReferenceManyField>
  );
}

export function StatusUpdatesTab(_: TabProps) {
  return (
    <ReferenceManyField reference="status-updates" target="projectId" sort={{ field: 'period', order: 'DESC' }} perPage={25} pagination={<Pagination />}>
      <TabToolbar action={<AddButton resource="status-updates" label="resources.projects.status_updates.add" />} />
      <Datagrid bulkActionButtons={false} rowClick="show" empty={<Empty message="resources.projects.status_updates.empty" />}>
        <TextField source="period" />
        <HealthField source="health" />
        <TextField source="narrative" sortable={false} />
        <InstantField source="submittedAt" sortable={false} emptyText="—" />
      </Datagrid>
    </ReferenceManyField>
  );
}

export function LessonsTab(_: TabProps) {
  return (
    <ReferenceManyField reference="lessons" target="projectId" sort={{ field: 'date', order: 'DESC' }} perPage={25} pagination={<Pagination />}>
      <TabToolbar action={<AddButton resource="lessons" label="resources.projects.lessons.add" />} />
      <Datagrid bulkActionButtons={false} rowClick="show" empty={<Empty message="resources.projects.lessons.empty" />}>
        <DayField source="date" />
        <EnumField source="kind" group="lesson_kind" values={LESSON_KINDS} />
        <ReferenceField source="themeId" reference="themes" link={false} emptyText="—">
          <TextField source="name" />
        </ReferenceField>
        <TextField source="text" sortable={false} />
      </Datagrid>
    </ReferenceManyField>
  );
}

export function DecisionsTab(_: TabProps) {
  const translate = useTranslate();
  const record = useRecordContext();
  return (
    <>
      <GateControls />
      {record && <ProjectCriteria projectId={record.id as number} />}
      <Typography variant="h6" component="h2" gutterBottom>
        {translate('resources.projects.decisions.title')}
      </Typography>
      <ReferenceManyField reference="phase-decisions" target="projectId" sort={{ field: 'decidedAt', order: 'DESC' }} perPage={100}>
        <Datagrid bulkActionButtons={false} rowClick={false} empty={<Empty message="resources.projects.decisions.empty" />}>
          <InstantField source="decidedAt" />
          <EnumField source="fromPhase" group="phase" values={PHASES} />
          <EnumField source="toPhase" group="phase" values={PHASES} />
          <EnumField source="decision" group="gate_decision" values={GATE_DECISIONS} />
          <TextField source="rationale" sortable={false} emptyText="—" />
          <TextField source="conditions" sortable={false} emptyText="—" />
          <OverrideField label="resources.phase-decisions.fields.override" />
          <ReferenceField source="decidedById" reference="users" link={false} sortable={false} emptyText="—" />
        </Datagrid>
      </ReferenceManyField>
    </>
  );
}

/** An overdue row gets a bar in front as well as the "Te laat" chip: the bar alone would be colour only. */
const overdueRowSx = { '& td:first-of-type': { borderLeft: 4, borderLeftColor: 'error.main' } } as const;
