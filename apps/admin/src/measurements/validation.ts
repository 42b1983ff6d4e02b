import { regex, required, type Validator } from 'react-admin';
import { measurementValueProblems, QUARTER_PATTERN, type IndicatorUnit } from '@lab/domain';

export const validatePeriod: Validator[] = [required(), regex(QUARTER_PATTERN, 'resources.measurements.validation.period')];

export const validateEvidenceUrl: Validator[] = [regex(/^https?:\/\/\S+$/i, 'resources.measurements.validation.url')];

/** The value must fit the indicator's unit, as the API checks: a percentage 0–100, a count whole and ≥ 0. */
export function validateValue(unitOf: IndicatorUnit | undefined | (() => IndicatorUnit | undefined)): Validator[] {
  const fitsUnit: Validator = (value: unknown) => {
    if (value === null || value === undefined || value === '') return undefined;
    const unit = typeof unitOf === 'function' ? unitOf() : unitOf;
    const broken = unit && measurementValueProblems(unit, Number(value)).value;
    return broken ? `resources.measurements.validation.${broken}` : undefined;
  };
  return [required(), fitsUnit];
}

/** People measured: a whole number, not negative, or left empty. */
export const validatePeopleMeasured: Validator[] = [
  (value: unknown) => {
    if (value === null || value === undefined || value === '') return undefined;
    const n = Number(value);
    return Number.isInteger(n) && n >= 0 ? undefined : 'resources.measurements.validation.count';
  },
];
