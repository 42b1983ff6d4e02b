import { measurementValueProblems, type IndicatorUnit } from '@lab/domain';

/** One indicator's row of the quarterly entry as typed (strings, as the inputs hold them). */
export interface RowDraft {
  value: string;
  note: string;
  evidenceUrl: string;
}

/**
 * A typed value as a number: Dutch users write a decimal comma (7,5), others a point. Empty is null; anything
 * that is not a number is NaN.
 */
export function parseValue(text: string): number | null {
  const t = text.trim().replace(/\s/g, '');
  if (t === '') return null;
  const normalised = t.includes(',') && !t.includes('.') ? t.replace(',', '.') : t;
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : Number.NaN;
}

/**
 * What is wrong with a row, as message keys (the API checks the same): a number, a percentage from 0 to 100,
 * a count whole and not negative, a link that is a link. `required` when the quarter is being submitted.
 */
export function rowErrors(row: RowDraft, unit: IndicatorUnit, required: boolean): { value?: string; evidenceUrl?: string } {
  const errors: { value?: string; evidenceUrl?: string } = {};
  const n = parseValue(row.value);
  if (n === null) {
    if (required) errors.value = 'quarters.validation.required';
  } else if (Number.isNaN(n)) errors.value = 'quarters.validation.number';
  else {
    const broken = measurementValueProblems(unit, n).value;
    if (broken) errors.value = `resources.measurements.validation.${broken}`;
  }
  if (row.evidenceUrl.trim() && !/^https?:\/\/\S+$/i.test(row.evidenceUrl.trim())) errors.evidenceUrl = 'resources.measurements.validation.url';
  return errors;
}
