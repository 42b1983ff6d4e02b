import { Chip } from '@mui/material';
import { GATE_DECISIONS, PHASES } from '@lab/domain';
import {
  AutocompleteInput, BooleanInput, Datagrid, List, ReferenceField, ReferenceInput, SelectInput, Show, SimpleShowLayout, useRecordContext,
  useTranslate,
} from 'react-admin';
import { enumChoices } from '../common/choices';
import { DayInput, EnumField, InstantField } from '../common/fields';
import { Excerpt, LongText, SearchFilter } from '../common/list-helpers';
import { csvExporter, projectName } from '../common/export';

const phaseChoices = enumChoices('phase', PHASES);

const filters = [
  <SearchFilter key="q" source="q" alwaysOn />,
  <ReferenceInput key="projectId" source="projectId" reference="projects" sort={{ field: 'code', order: 'ASC' }} alwaysOn>
    <AutocompleteInput />
  </ReferenceInput>,
  <SelectInput key="decision" source="decision" choices={enumChoices('gate_decision', GATE_DECISIONS)} alwaysOn />,
  <SelectInput key="toPhase" source="toPhase" choices={phaseChoices} />,
  <SelectInput key="fromPhase" source="fromPhase" choices={phaseChoices} />,
  <BooleanInput key="override" source="override" />,
  <ReferenceInput key="decidedById" source="decidedById" reference="users" sort={{ field: 'name', order: 'ASC' }}>
    <AutocompleteInput />
  </ReferenceInput>,
  <DayInput key="decidedAt_gte" source="decidedAt_gte" />,
  <DayInput key="decidedAt_lte" source="decidedAt_lte" />,
];

/** Go or no-go as a word in a chip; the colour only repeats what the word says. */
function DecisionField(_props: { source?: string; label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.decision) return null;
  return (
    <Chip
      size="small"
      variant={record.decision === 'go' ? 'filled' : 'outlined'}
      color={record.decision === 'go' ? 'success' : 'default'}
      label={translate(`enums.gate_decision.${record.decision}`)}
    />
  );
}

/**
 * A go into rollout against unmet success criteria: said in words ("Doorgezet ondanks 1 niet gehaald
 * succescriterium"), with its own rationale beside it.
 */
export function OverrideField(_props: { label?: string; sortable?: boolean; withRationale?: boolean }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.override) return null;
  return (
    <span data-testid="decision-override">
      <Chip size="small" color="warning" label={translate('resources.phase-decisions.override', { smart_count: record.unmetCriteria ?? 0 })} />
      {_props.withRationale !== false && record.overrideRationale ? <> {record.overrideRationale}</> : null}
    </span>
  );
}

/** "Experiment → Uitrol". */
function TransitionField(_props: { source?: string; label?: string; sortBy?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <span>
      {translate(`enums.phase.${record.fromPhase}`)} → {translate(`enums.phase.${record.toPhase}`)}
    </span>
  );
}

/** Gate decisions are history: they are made from the project page and are never edited here. */
/** The CSV export speaks as the list does: names and words, not ids and codes. */
const exporter = csvExporter('phase-decisions', [{ source: 'projectId', reference: 'projects', representation: projectName }, { source: 'fromPhase', enumGroup: 'phase' }, { source: 'toPhase', enumGroup: 'phase' }, { source: 'decision', enumGroup: 'gate_decision' }, { source: 'decidedAt' }, { source: 'rationale' }, { source: 'conditions' }, { source: 'hypothesis' }, { source: 'override' }, { source: 'overrideRationale' }]);

export function PhaseDecisionList() {
  return (
    <List filters={filters} exporter={exporter} sort={{ field: 'decidedAt', order: 'DESC' }}>
      <Datagrid rowClick="show" bulkActionButtons={false}>
        <InstantField source="decidedAt" />
        <ReferenceField source="projectId" reference="projects" link="show" />
        <TransitionField label="resources.phase-decisions.fields.transition" sortBy="toPhase" />
        <DecisionField source="decision" />
        <ReferenceField source="decidedById" reference="users" link="show" sortable={false} />
        <Excerpt sortable={false} source="rationale" />
        <OverrideField label="resources.phase-decisions.fields.override" withRationale={false} />
      </Datagrid>
    </List>
  );
}

export function PhaseDecisionShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <ReferenceField source="projectId" reference="projects" link="show" />
        <EnumField source="fromPhase" group="phase" values={PHASES} />
        <EnumField source="toPhase" group="phase" values={PHASES} />
        <DecisionField source="decision" label="resources.phase-decisions.fields.decision" />
        <ReferenceField source="decidedById" reference="users" link="show" emptyText="–" />
        <InstantField source="decidedAt" />
        <LongText source="rationale" />
        <LongText source="conditions" />
        <LongText source="hypothesis" />
        <OverrideField label="resources.phase-decisions.fields.override" withRationale={false} />
        <LongText source="overrideRationale" />
      </SimpleShowLayout>
    </Show>
  );
}
