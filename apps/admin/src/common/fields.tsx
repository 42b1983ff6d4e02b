import { Chip } from '@mui/material';
import {
  DateField, NumberField, NumberInput, SelectField, TextInput, useLocaleState, useRecordContext, useTranslate,
  type DateFieldProps, type NumberFieldProps, type NumberInputProps, type SelectFieldProps, type TextInputProps, type Validator,
} from 'react-admin';
import type { Health } from '@lab/domain';
import { enumChoices } from './choices';
import { dayText, intlLocale, parseDayText } from './format';

/** A calendar day in the user's language: 1 mrt 2016 / 1 Mar 2016. */
export function DayField(props: DateFieldProps) {
  const [locale] = useLocaleState();
  return <DateField locales={intlLocale(locale)} options={{ day: 'numeric', month: 'short', year: 'numeric' }} {...props} />;
}

/** What a day input holds while it is no day yet: the text as typed (parseDayText gives null). */
const dayProblem = (value: unknown) =>
  typeof value === 'string' && value !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(value) ? 'app.date.invalid' : undefined;
const notADay: Validator = (value: unknown) => dayProblem(value);

/**
 * The same check for a form with form-level validation, where react-hook-form leaves the inputs' own
 * checks aside: each of `sources` that holds text that is no day yet.
 */
export function dayErrors(values: Record<string, unknown>, sources: readonly string[]): Record<string, string> {
  return Object.fromEntries(sources.flatMap((source) => {
    const problem = dayProblem(values[source]);
    return problem ? [[source, problem]] : [];
  }));
}

/**
 * A calendar day typed as dd-mm-jjjj, whatever the browser's language: Chromium's own date input follows
 * the browser's locale (mm/dd/yyyy in an American browser). Stored as YYYY-MM-DD; text that is no day yet
 * stays in the form as typed and is refused by the check, so a filter waits until the day is complete.
 */
export function DayInput({ validate, ...props }: TextInputProps) {
  const translate = useTranslate();
  const checks = [notADay, ...(Array.isArray(validate) ? validate : validate ? [validate] : [])];
  return (
    <TextInput
      format={(value: unknown) => (typeof value === 'string' ? dayText(value) : '')}
      parse={(text: string) => (text.trim() === '' ? null : parseDayText(text) ?? text)}
      validate={checks}
      placeholder={translate('app.date.placeholder')}
      sx={{ width: '12em' }}
      {...props}
    />
  );
}

/** An instant, with time. */
export function InstantField(props: DateFieldProps) {
  const [locale] = useLocaleState();
  return <DateField locales={intlLocale(locale)} showTime options={{ dateStyle: 'medium', timeStyle: 'short' }} {...props} />;
}

/** Money is stored in euro cents and shown in euros: € 45.000,00. */
export function MoneyField(props: NumberFieldProps) {
  const [locale] = useLocaleState();
  return (
    <NumberField
      locales={intlLocale(locale)}
      options={{ style: 'currency', currency: 'EUR' }}
      transform={(cents: number) => (cents == null ? cents : cents / 100)}
      {...props}
    />
  );
}

/** A number as stored, with up to four decimals: 7,25 / 7.25. */
export function DecimalField(props: NumberFieldProps) {
  const [locale] = useLocaleState();
  return <NumberField locales={intlLocale(locale)} options={{ maximumFractionDigits: 4 }} {...props} />;
}

/** Edits cents as euros, so nobody types 4500000 for € 45.000. */
export function MoneyInput(props: NumberInputProps) {
  return (
    <NumberInput
      min={0}
      step={0.01}
      // react-admin hands an empty value over as '' — which must stay empty, not become € 0.
      format={(cents: number | string | null) => (cents == null || cents === '' ? '' : Number(cents) / 100) as unknown as number}
      parse={(euros: string) => (euros === '' || euros == null ? null : Math.round(Number(euros) * 100)) as unknown as string}
      {...props}
    />
  );
}

/** An enum value of libs/domain, translated. */
export function EnumField({ group, values, ...props }: Omit<SelectFieldProps, 'choices'> & { group: string; values: readonly string[] }) {
  return <SelectField choices={enumChoices(group, values)} {...props} />;
}

/** The colour of each health, for chips and counts. */
export const HEALTH_COLOURS: Record<Health, 'success' | 'warning' | 'error'> = { on_track: 'success', at_risk: 'warning', off_track: 'error' };

/** Health as a coloured chip with its word (colour is never the only signal). */
export function HealthChip({ health }: { health: Health }) {
  const translate = useTranslate();
  return <Chip size="small" color={HEALTH_COLOURS[health]} label={translate(`enums.health.${health}`)} />;
}

/** The record's health as a chip. */
export function HealthField({ source = 'health' }: { source?: string; label?: string }) {
  const record = useRecordContext();
  const value = record?.[source] as Health | undefined;
  return value ? <HealthChip health={value} /> : null;
}
