import { useMemo } from 'react';
import { Alert } from '@mui/material';
import {
  FormDataConsumer, NumberInput, TextInput, useLocaleState, useTranslate, type RaRecord,
} from 'react-admin';
import { addQuarters, compareQuarters, isMeasurementEditable, quarterOfDate } from '@lab/domain';
import { DialogForm, useSaveRecord } from '../common/DialogForm';
import { formatIndicatorValue } from '../common/format';
import { validateEvidenceUrl, validatePeopleMeasured, validatePeriod, validateValue } from './validation';

export interface MeasurementDialogProps {
  open: boolean;
  onClose: () => void;
  indicator: RaRecord;
  /** The indicator's measurements so far: a quarter that already has one is updated, not duplicated. */
  measurements: RaRecord[];
  /** The measurement to edit; without it the dialog enters one for a quarter. */
  measurement?: RaRecord;
}

/** The quarter after the latest one measured, or the current quarter when nothing is measured yet. */
function nextPeriod(measurements: RaRecord[]): string {
  const periods = measurements.map((m) => m.period as string).sort(compareQuarters);
  return periods.length > 0 ? addQuarters(periods[periods.length - 1], 1) : quarterOfDate(new Date());
}

/**
 * Enters or corrects one quarter's value of an indicator (one measurement per indicator and quarter).
 * An existing quarter is updated with its `version`; a new one is created as a draft.
 */
export function MeasurementDialog({ open, onClose, indicator, measurements, measurement }: MeasurementDialogProps) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const save = useSaveRecord('measurements');
  const valueValidators = useMemo(() => validateValue(indicator.unit), [indicator.unit]);

  const record = measurement ?? { indicatorId: indicator.id, period: nextPeriod(measurements) };
  const existingFor = (period: string) => (measurement ? undefined : measurements.find((m) => m.period === period));

  // A quarter whose measurement is submitted or approved cannot be entered again: it is under review or counted.
  const validate = (values: Record<string, unknown>) => {
    const period = values.period as string | undefined;
    const existing = period ? existingFor(period) : undefined;
    return existing && !isMeasurementEditable(existing.status) ? { period: `reviews.locked.${existing.status}` } : {};
  };

  const onSubmit = async (values: Record<string, unknown>) => {
    const data = {
      period: values.period, value: values.value, note: values.note ?? null, evidenceUrl: values.evidenceUrl ?? null,
      peopleMeasured: values.peopleMeasured ?? null,
    };
    await save(measurement ?? existingFor(values.period as string), { ...data, indicatorId: indicator.id });
  };

  return (
    <DialogForm
      open={open}
      onClose={onClose}
      resource="measurements"
      record={record}
      onSubmit={onSubmit}
      validate={validate}
      title={
        measurement
          ? translate('resources.measurements.dialog.edit_title', { period: measurement.period, indicator: indicator.name })
          : translate('resources.measurements.dialog.add_title', { indicator: indicator.name })
      }
    >
      <TextInput source="period" validate={validatePeriod} helperText="resources.measurements.helper.period" autoFocus={!measurement} />
      <FormDataConsumer<{ period?: string }>>
        {({ formData }) => {
          const existing = formData.period ? existingFor(formData.period) : undefined;
          return existing ? (
            <Alert severity={isMeasurementEditable(existing.status) ? 'info' : 'warning'} sx={{ mb: 2 }}>
              {translate('resources.measurements.dialog.replaces', {
                period: existing.period,
                value: formatIndicatorValue(existing.value, indicator.unit, locale),
                status: translate(`enums.measurement_status.${existing.status}`),
              })}
            </Alert>
          ) : null;
        }}
      </FormDataConsumer>
      <NumberInput source="value" validate={valueValidators} autoFocus={!!measurement} />
      <TextInput source="note" multiline minRows={2} fullWidth helperText="app.privacy" />
      <TextInput source="evidenceUrl" type="url" fullWidth validate={validateEvidenceUrl} helperText="resources.measurements.helper.evidenceUrl" />
      <NumberInput source="peopleMeasured" min={0} step={1} validate={validatePeopleMeasured} helperText="resources.measurements.helper.peopleMeasured" />
    </DialogForm>
  );
}
