import HistoryIcon from '@mui/icons-material/History';
import { Alert, AlertTitle, Box, Button, Stack } from '@mui/material';
import {
  AutocompleteInput, LinkBase, NumberInput, ReferenceInput, SelectInput, TextInput, required, useRecordContext, useTranslate,
} from 'react-admin';
import {
  AGGREGATIONS, DIRECTIONS, INDICATOR_ASPECTS, INDICATOR_KINDS, INDICATOR_UNITS, indicatorProblems, type Direction,
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

/** The inputs of an indicator; `targetLocked` makes the target read-only (an indicator whose target is set). */
export function IndicatorInputs({ targetLocked = { value: false, date: false } }: { targetLocked?: { value: boolean; date: boolean } }) {
  return (
    <>
      <ReferenceInput source="projectId" reference="projects">
        <AutocompleteInput validate={required()} fullWidth />
      </ReferenceInput>
      <TextInput source="name" validate={required()} fullWidth />
      <TextInput source="definition" multiline minRows={2} fullWidth helperText="resources.indicators.helper.definition" />
      <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <SelectInput source="kind" fullWidth={false} sx={{ minWidth: 200 }} choices={enumChoices('indicator_kind', INDICATOR_KINDS)} validate={required()} />
        <SelectInput source="aspect" fullWidth={false} sx={{ minWidth: 200 }} choices={enumChoices('indicator_aspect', INDICATOR_ASPECTS)} validate={required()} />
        <SelectInput source="unit" fullWidth={false} sx={{ minWidth: 200 }} choices={enumChoices('indicator_unit', INDICATOR_UNITS)} validate={required()} />
        <SelectInput source="direction" fullWidth={false} sx={{ minWidth: 200 }} choices={enumChoices('direction', DIRECTIONS)} validate={required()} />
      </Stack>
      <SelectInput
        source="aggregation"
        choices={enumChoices('aggregation', AGGREGATIONS)}
        validate={required()}
        helperText="resources.indicators.helper.aggregation"
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
    </>
  );
}
