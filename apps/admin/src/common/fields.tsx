import { Chip } from '@mui/material';
import {
  DateField, NumberField, NumberInput, SelectField, useLocaleState, useRecordContext, useTranslate,
  type DateFieldProps, type NumberFieldProps, type NumberInputProps, type SelectFieldProps,
} from 'react-admin';
import { enumChoices } from './choices';

const intl = (locale: string) => (locale === 'en' ? 'en-GB' : 'nl-NL');

/** A calendar day in the user's language: 1 maart 2016 / 1 March 2016. */
export function DayField(props: DateFieldProps) {
  const [locale] = useLocaleState();
  return <DateField locales={intl(locale)} options={{ day: 'numeric', month: 'short', year: 'numeric' }} {...props} />;
}

/** An instant, with time. */
export function InstantField(props: DateFieldProps) {
  const [locale] = useLocaleState();
  return <DateField locales={intl(locale)} showTime options={{ dateStyle: 'medium', timeStyle: 'short' }} {...props} />;
}

/** Money is stored in euro cents and shown in euros: € 45.000,00. */
export function MoneyField(props: NumberFieldProps) {
  const [locale] = useLocaleState();
  return (
    <NumberField
      locales={intl(locale)}
      options={{ style: 'currency', currency: 'EUR' }}
      transform={(cents: number) => (cents == null ? cents : cents / 100)}
      {...props}
    />
  );
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

const HEALTH_COLOURS = { on_track: 'success', at_risk: 'warning', off_track: 'error' } as const;

/** Health as a coloured chip with its word (colour is never the only signal). */
export function HealthField({ source = 'health' }: { source?: string; label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const value = record?.[source] as keyof typeof HEALTH_COLOURS | undefined;
  if (!value) return null;
  return <Chip size="small" color={HEALTH_COLOURS[value]} label={translate(`enums.health.${value}`)} />;
}
