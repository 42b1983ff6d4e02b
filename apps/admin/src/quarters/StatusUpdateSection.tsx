import LockIcon from '@mui/icons-material/Lock';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import {
  Alert, Box, Button, Card, CardContent, Chip, FormControl, FormControlLabel, FormHelperText, FormLabel, Radio, RadioGroup, Stack, TextField, Typography,
} from '@mui/material';
import { useId, useState } from 'react';
import { useTranslate } from 'react-admin';
import { HEALTHS, statusUpdateStatus, type Health, type QuarterEntry } from '@lab/domain';
import type { FieldErrors } from './quarter-form';
import { ReadOnlyValue } from './ReadOnlyValue';
import { ReopenDialog } from './ReopenDialog';

/**
 * The quarter's status update: the project's health and what happened, in the team's words. Once submitted it
 * is locked, like a submitted measurement: shown as text, with "Heropenen" (with a reason) for the focus team
 * and administrators, after which the team can change it again.
 */
export function StatusUpdateSection({ sheet, health, narrative, errors, readOnly, canReopen, onHealth, onNarrative, onReopen, day }: {
  sheet: QuarterEntry;
  health: Health | '';
  narrative: string;
  errors: FieldErrors;
  /** The user may not write this project's quarter at all. */
  readOnly: boolean;
  /** The user may reopen a submitted update. */
  canReopen: boolean;
  onHealth: (h: Health) => void;
  onNarrative: (n: string) => void;
  /** Reopens the submitted update with a reason; answers the refusal to show, or null. */
  onReopen: (reason: string) => Promise<string | null>;
  day: (iso: string) => string;
}) {
  const translate = useTranslate();
  const headingId = useId();
  const healthId = useId();
  const [asking, setAsking] = useState(false);
  const update = sheet.statusUpdate;
  const locked = !!update && statusUpdateStatus(update) === 'submitted';
  const asText = locked || readOnly;
  const narrativeLabel = translate('quarters.narrative_label');
  const healthLabel = translate('resources.status-updates.fields.health');
  return (
    <Card variant="outlined" component="section" aria-labelledby={headingId} data-testid="status-update-section">
      <CardContent>
        <Stack direction="row" spacing={1} useFlexGap sx={{ alignItems: 'center', mb: 1, flexWrap: 'wrap' }}>
          <Typography id={headingId} variant="h6" component="h2">{translate('quarters.status_update')}</Typography>
          {update?.submittedAt
            ? <Chip size="small" color="secondary" icon={<LockIcon aria-hidden />} label={translate('quarters.status_update_submitted', { date: day(update.submittedAt) })} />
            : update ? <Chip size="small" variant="outlined" label={translate('enums.measurement_status.draft')} /> : null}
        </Stack>
        {locked && (
          <Alert
            severity="info"
            icon={<LockIcon aria-hidden />}
            sx={{ mb: 2 }}
            data-testid="status-update-locked"
            action={canReopen ? (
              <Button color="inherit" size="small" startIcon={<LockOpenIcon aria-hidden />} onClick={() => setAsking(true)}>
                {translate('quarters.reopen')}
              </Button>
            ) : undefined}
          >
            {translate('quarters.locked_update', { date: day(update!.submittedAt!) })}
          </Alert>
        )}
        {asText ? (
          <Stack spacing={2}>
            <ReadOnlyValue label={healthLabel} testId="status-update-health">
              {health ? translate(`enums.health.${health}`) : '—'}
            </ReadOnlyValue>
            <ReadOnlyValue label={narrativeLabel} testId="status-update-narrative">{narrative || '—'}</ReadOnlyValue>
          </Stack>
        ) : (
          <>
            <FormControl error={!!errors['statusUpdate.health']} sx={{ mb: 2 }} component="fieldset">
              <FormLabel id={healthId} component="legend">{healthLabel}</FormLabel>
              <RadioGroup row aria-labelledby={healthId} value={health} onChange={(e) => onHealth(e.target.value as Health)}>
                {HEALTHS.map((h) => <FormControlLabel key={h} value={h} control={<Radio />} label={translate(`enums.health.${h}`)} />)}
              </RadioGroup>
              {errors['statusUpdate.health'] && <FormHelperText>{errors['statusUpdate.health']}</FormHelperText>}
            </FormControl>
            <TextField
              label={narrativeLabel}
              value={narrative}
              onChange={(e) => onNarrative(e.target.value)}
              multiline
              minRows={3}
              fullWidth
              error={!!errors['statusUpdate.narrative']}
              helperText={errors['statusUpdate.narrative'] ?? translate('quarters.narrative_help')}
            />
          </>
        )}
        {asText && (errors['statusUpdate.narrative'] || errors['statusUpdate.health']) && (
          <Box sx={{ mt: 1 }}>
            <Typography role="alert" variant="body2" color="error">{errors['statusUpdate.narrative'] ?? errors['statusUpdate.health']}</Typography>
          </Box>
        )}
        {asking && (
          <ReopenDialog
            period={sheet.period}
            onClose={() => setAsking(false)}
            onSubmit={async (reason) => {
              const refused = await onReopen(reason);
              if (!refused) setAsking(false);
              return refused;
            }}
          />
        )}
      </CardContent>
    </Card>
  );
}
