import HistoryIcon from '@mui/icons-material/History';
import { Alert, AlertTitle, Box, Button, Stack } from '@mui/material';
import { useEffect } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import {
  AutocompleteArrayInput, AutocompleteInput, LinkBase, maxLength, NumberInput, ReferenceArrayInput, ReferenceInput, required, SelectInput, TextInput, useGetOne, useRecordContext, useTranslate,
} from 'react-admin';
import {
  AGGREGATIONS, DEFINITION_LOCKED_FIELDS, DIRECTIONS, EVIDENCE_DESIGNS, EVIDENCE_SOURCES, INDICATOR_ASPECTS, INDICATOR_KINDS,
  INDICATOR_UNITS, indicatorProblems, type Direction,
} from '@lab/domain';
import { enumChoices } from '../common/choices';
import { DayInput, dayErrors } from '../common/fields';

const isSet = (v: unknown) => v !== null && v !== undefined && v !== '';

const numberOrNull = (v: unknown) => (isSet(v) ? Number(v) : null);

/** The API's own rule (libs/domain), so the form says what to fix before saving. */
export function validateIndicator(values: Record<string, unknown>) {
  const days = dayErrors(values, ['baselineDate', 'targetDate']);
  if (Object.keys(days).length) return days;
  const problems = indicatorProblems({
    unit: values.unit as string | undefined, direction: values.direction as Direction | undefined,
    baselineValue: numberOrNull(values.baselineValue), targetValue: numberOrNull(values.targetValue),
    baselineDate: (values.baselineDate as string | null) || null, targetDate: (values.targetDate as string | null) || null,
  });
  return Object.fromEntries(Object.entries(problems).map(([field, rule]) => [field, `resources.indicators.validation.${rule}`]));
}

/** Shown in Edit once a target is set: the API refuses a changed target by PUT; a revision keeps the history. */
function TargetLocked() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Alert severity="info" sx={{ mb: 2, maxWidth: 720 }}>
      <AlertTitle>{translate('resources.indicators.target_locked.title')}</AlertTitle>
      {translate('resources.indicators.target_locked.text')}
      <Box sx={{ mt: 1 }}>
        <Button
          component={LinkBase}
          to="/target-revisions/create"
          state={{ record: { indicatorId: record.id } }}
          variant="outlined"
          size="small"
          startIcon={<HistoryIcon />}
        >
          {translate('resources.indicators.target_locked.action')}
        </Button>
      </Box>
    </Alert>
  );
}

/**
 * The lab's shared definitions for the chosen project's lab. Choosing one fills the unit, direction and
 * aggregation from it (and the kind, aspect and name where still empty); while one is chosen they are locked.
 */
function DefinitionPicker() {
  const projectId = useWatch({ name: 'projectId' }) as number | undefined;
  const definitionId = useWatch({ name: 'definitionId' }) as number | null | undefined;
  const { data: project } = useGetOne('projects', { id: projectId! }, { enabled: Boolean(projectId) });
  const { data: definition } = useGetOne('indicator-definitions', { id: definitionId! }, { enabled: Boolean(definitionId) });
  const { getValues, setValue } = useFormContext();
  useEffect(() => {
    if (!definition || definition.id !== definitionId) return;
    for (const field of DEFINITION_LOCKED_FIELDS) {
      if (getValues(field) !== definition[field]) setValue(field, definition[field], { shouldDirty: true, shouldValidate: true });
    }
    for (const field of ['kind', 'aspect', 'name', 'definition', 'dataSource']) {
      if (!getValues(field) && definition[field]) setValue(field, definition[field], { shouldDirty: true });
    }
  }, [definition, definitionId, getValues, setValue]);
  return (
    <ReferenceInput
      source="definitionId" reference="indicator-definitions" sort={{ field: 'name', order: 'ASC' }} perPage={200}
      filter={project ? { labId: project.labId } : {}}
    >
      <AutocompleteInput fullWidth helperText="resources.indicators.helper.definitionId" disabled={!project} />
    </ReferenceInput>
  );
}

/** The lab's breakdown dimensions the indicator's figures are broken down by (stadsdeel, doelgroep). */
function DimensionsPicker() {
  const projectId = useWatch({ name: 'projectId' }) as number | undefined;
  const { data: project } = useGetOne('projects', { id: projectId! }, { enabled: Boolean(projectId) });
  return (
    <ReferenceArrayInput source="dimensionIds" reference="dimensions" sort={{ field: 'name', order: 'ASC' }} perPage={50} filter={project ? { labId: project.labId } : {}}>
      <AutocompleteArrayInput fullWidth helperText="resources.indicators.helper.dimensionIds" disabled={!project} />
    </ReferenceArrayInput>
  );
}

/** The inputs of an indicator; `targetLocked` makes the target read-only (an indicator whose target is set). */
export function IndicatorInputs({ targetLocked = { value: false, date: false } }: { targetLocked?: { value: boolean; date: boolean } }) {
  const definitionId = useWatch({ name: 'definitionId' }) as number | null | undefined;
  const followsDefinition = Boolean(definitionId);
  const lockedHelp = followsDefinition ? 'resources.indicators.helper.follows_definition' : undefined;
  return (
    <>
      <ReferenceInput source="projectId" reference="projects">
        <AutocompleteInput validate={required()} fullWidth />
      </ReferenceInput>
      <DefinitionPicker />
      <DimensionsPicker />
      <TextInput source="name" validate={required()} fullWidth />
      <TextInput source="definition" multiline minRows={2} fullWidth helperText="resources.indicators.helper.definition" />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <SelectInput source="kind" fullWidth={false} sx={{ minWidth: 200 }} choices={enumChoices('indicator_kind', INDICATOR_KINDS)} validate={required()} />
        <SelectInput source="aspect" fullWidth={false} sx={{ minWidth: 200 }} choices={enumChoices('indicator_aspect', INDICATOR_ASPECTS)} validate={required()} />
        <SelectInput
          source="unit" fullWidth={false} sx={{ minWidth: 200 }} choices={enumChoices('indicator_unit', INDICATOR_UNITS)} validate={required()}
          readOnly={followsDefinition} helperText={lockedHelp}
        />
        <SelectInput
          source="direction" fullWidth={false} sx={{ minWidth: 200 }} choices={enumChoices('direction', DIRECTIONS)} validate={required()}
          readOnly={followsDefinition} helperText={lockedHelp}
        />
      </Stack>
      <SelectInput
        source="aggregation"
        choices={enumChoices('aggregation', AGGREGATIONS)}
        validate={required()}
        readOnly={followsDefinition}
        helperText={lockedHelp ?? 'resources.indicators.helper.aggregation'}
      />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <NumberInput source="baselineValue" />
        <DayInput source="baselineDate" />
      </Stack>
      {(targetLocked.value || targetLocked.date) && <TargetLocked />}
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
        <NumberInput source="targetValue" readOnly={targetLocked.value} />
        <DayInput source="targetDate" readOnly={targetLocked.date} />
      </Stack>
      <TextInput source="dataSource" fullWidth />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <SelectInput
          source="evidenceDesign" fullWidth={false} sx={{ minWidth: 240 }} choices={enumChoices('evidence_design', EVIDENCE_DESIGNS)}
          validate={required()} helperText="resources.indicators.helper.evidenceDesign"
        />
        <SelectInput
          source="evidenceSource" fullWidth={false} sx={{ minWidth: 240 }} choices={enumChoices('evidence_source', EVIDENCE_SOURCES)}
          emptyText="resources.indicators.evidence.source_unknown" helperText="resources.indicators.helper.evidenceSource"
        />
      </Stack>
      <TextInput source="validatedBy" fullWidth validate={maxLength(300)} helperText="resources.indicators.helper.validatedBy" />
    </>
  );
}
