import { measurementValueProblems, type Aggregation, type Dimension, type IndicatorUnit, type Parts } from '@lab/domain';

/** One indicator's row of the quarterly entry as typed (strings, as the inputs hold them). */
export interface RowDraft {
  value: string;
  note: string;
  evidenceUrl: string;
  peopleMeasured: string;
  /** The breakdown's cells as typed: per dimension key, per value code. */
  parts: Record<string, Record<string, string>>;
}

/** One dimension's cells as typed, added up: what the grid's total line says while the team types. */
export interface PartsTally {
  /** How many cells are filled in, of how many. */
  filled: number;
  cells: number;
  /** The sum of the cells that are numbers. */
  total: number;
  /** A cell holds something that is not a number, or a count that is not whole and 0 or more. */
  invalid: string[];
  /** For a sum indicator with every cell filled: the value minus the sum (0 when they agree); else null. */
  difference: number | null;
}

export function tallyParts(row: RowDraft, dimension: Dimension, unit: IndicatorUnit, aggregation: Aggregation): PartsTally {
  const typed = row.parts[dimension.key] ?? {};
  let filled = 0;
  let total = 0;
  const invalid: string[] = [];
  for (const v of dimension.values) {
    const n = parseValue(typed[v.code] ?? '');
    if (n === null) continue;
    filled++;
    if (Number.isNaN(n) || (unit === 'count' && (!Number.isInteger(n) || n < 0))) invalid.push(v.code);
    else total += n;
  }
  const value = parseValue(row.value);
  const complete = filled === dimension.values.length && invalid.length === 0;
  const difference = aggregation === 'sum' && complete && value !== null && !Number.isNaN(value) ? Math.round((value - total) * 10_000) / 10_000 : null;
  return { filled, cells: dimension.values.length, total: Math.round(total * 10_000) / 10_000, invalid, difference };
}

/** What is wrong with a dimension's cells, as a message key: partly filled in, not numbers, or not adding up. */
export function partsError(tally: PartsTally): string | undefined {
  if (tally.filled === 0) return undefined;
  if (tally.invalid.length) return 'quarters.validation.part_number';
  if (tally.filled < tally.cells) return 'quarters.validation.parts_incomplete';
  if (tally.difference !== null && tally.difference !== 0) return 'quarters.validation.parts_sum';
  return undefined;
}

/** The cells as numbers, for every dimension filled in whole; null when none is. */
export function partsOf(row: RowDraft, dimensions: readonly Dimension[]): Parts | null {
  const out: Parts = {};
  for (const d of dimensions) {
    const typed = row.parts[d.key] ?? {};
    const cells = d.values.map((v) => [v.code, parseValue(typed[v.code] ?? '')] as const);
    if (cells.every(([, n]) => n !== null && !Number.isNaN(n))) out[d.key] = Object.fromEntries(cells) as Record<string, number>;
  }
  return Object.keys(out).length ? out : null;
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
export function rowErrors(row: RowDraft, unit: IndicatorUnit, required: boolean): { value?: string; evidenceUrl?: string; peopleMeasured?: string } {
  const errors: { value?: string; evidenceUrl?: string; peopleMeasured?: string } = {};
  const n = parseValue(row.value);
  if (n === null) {
    if (required) errors.value = 'quarters.validation.required';
  } else if (Number.isNaN(n)) errors.value = 'quarters.validation.number';
  else {
    const broken = measurementValueProblems(unit, n).value;
    if (broken) errors.value = `resources.measurements.validation.${broken}`;
  }
  if (row.evidenceUrl.trim() && !/^https?:\/\/\S+$/i.test(row.evidenceUrl.trim())) errors.evidenceUrl = 'resources.measurements.validation.url';
  const people = parseValue(row.peopleMeasured ?? '');
  if (people !== null && (Number.isNaN(people) || !Number.isInteger(people) || people < 0)) errors.peopleMeasured = 'quarters.validation.people';
  return errors;
}
