import { Card, CardContent, Chip, FormControl, FormControlLabel, FormHelperText, FormLabel, Radio, RadioGroup, Stack, TextField, Typography } from '@mui/material';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import { HEALTHS, type Health, type QuarterEntry } from '@lab/domain';
import type { FieldErrors } from './quarter-form';

/** The quarter's status update: the project's health and what happened, in the team's words. */
export function StatusUpdateSection({ sheet, health, narrative, errors, readOnly, onHealth, onNarrative, day }: {
  sheet: QuarterEntry;
  health: Health | '';
  narrative: string;
  errors: FieldErrors;
  readOnly: boolean;
  onHealth: (h: Health) => void;
  onNarrative: (n: string) => void;
  day: (iso: string) => string;
}) {
  const translate = useTranslate();
  const headingId = useId();
  const healthId = useId();
  return (
    <Card variant="outlined" component="section" aria-labelledby={headingId}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
          <Typography id={headingId} variant="h6" component="h2">{translate('quarters.status_update')}</Typography>
          {sheet.statusUpdate?.submittedAt
            ? <Chip size="small" color="secondary" label={translate('quarters.status_update_submitted', { date: day(sheet.statusUpdate.submittedAt) })} />
            : sheet.statusUpdate ? <Chip size="small" variant="outlined" label={translate('enums.measurement_status.draft')} /> : null}
        </Stack>
        <FormControl error={!!errors['statusUpdate.health']} disabled={readOnly} sx={{ mb: 2 }} component="fieldset">
          <FormLabel id={healthId} component="legend">{translate('resources.status-updates.fields.health')}</FormLabel>
          <RadioGroup row aria-labelledby={healthId} value={health} onChange={(e) => onHealth(e.target.value as Health)}>
            {HEALTHS.map((h) => <FormControlLabel key={h} value={h} control={<Radio />} label={translate(`enums.health.${h}`)} />)}
          </RadioGroup>
          {errors['statusUpdate.health'] && <FormHelperText>{errors['statusUpdate.health']}</FormHelperText>}
        </FormControl>
        <TextField
          label={translate('resources.status-updates.fields.narrative')}
          value={narrative}
          onChange={(e) => onNarrative(e.target.value)}
          multiline
          minRows={3}
          fullWidth
          disabled={readOnly}
          error={!!errors['statusUpdate.narrative']}
          helperText={errors['statusUpdate.narrative'] ?? translate('quarters.narrative_help')}
        />
      </CardContent>
    </Card>
  );
}
