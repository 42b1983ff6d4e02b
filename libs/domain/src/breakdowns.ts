import type { Aggregation } from './enums';

// A measurement may be broken down by the lab's dimensions (stadsdeel, doelgroep): then it carries, per
// dimension, a figure for each of its values. The parts are marginals, one set per dimension, as Akvo RSR's
// disaggregations: each set describes the same people or events as the measurement's value, so for a `sum`
// indicator each set adds up to it. No crossing of dimensions: a cell of stadsdeel × doelgroep would be
// small nearly everywhere, and small numbers are what must stay private (small-numbers.ts).

/** One value of a dimension: a stable code (used in the parts) and its words. */
export interface DimensionValue {
  code: string;
  label: string;
}

export interface Dimension {
  id: number;
  /** A short key, the name of the dimension in a measurement's parts: `stadsdeel`. */
  key: string;
  name: string;
  values: DimensionValue[];
}

/** A measurement's parts: per dimension key, per value code, a figure. */
export type Parts = Record<string, Record<string, number>>;

/** The most dimensions one indicator is broken down by, and the most values one dimension has. */
export const MAX_INDICATOR_DIMENSIONS = 4;
export const MAX_DIMENSION_VALUES = 60;

const KEY = /^[a-z][a-z0-9_-]{0,39}$/;

/** A dimension key or value code: lower-case letters, digits, - and _, starting with a letter (nieuw-west). */
export function isDimensionKey(key: unknown): key is string {
  return typeof key === 'string' && KEY.test(key);
}

const own = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
const round = (n: number) => Math.round(n * 10_000) / 10_000;
const plain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface PartsInput {
  /** What the client sent as `parts` (anything). */
  parts: unknown;
  /** The dimensions the indicator is broken down by, in its order. */
  dimensions: readonly Dimension[];
  /** The measurement's value, its indicator's unit and aggregation. */
  value: number;
  unit: string;
  aggregation: Aggregation;
}

/**
 * What is wrong with a measurement's parts, `{ field: words }`, naming the cell (`parts.stadsdeel.noord`) or
 * the dimension (`parts.stadsdeel`). No parts (null, absent, `{}`) is always fine: a team may not have the
 * breakdown of a quarter. A dimension that is given is given whole, 0 where there is none.
 */
export function partsProblems(input: PartsInput): Record<string, string> {
  const { parts, dimensions } = input;
  if (parts === null || parts === undefined) return {};
  if (!plain(parts)) return { parts: 'must be an object of figures per dimension, like {"stadsdeel": {"centrum": 12, "noord": 30}}' };
  const keys = Object.keys(parts);
  if (keys.length === 0) return {};
  if (dimensions.length === 0) {
    return { parts: 'are given, but this indicator has no breakdown: leave parts out, or break the indicator down first (dimensionIds)' };
  }
  const problems: Record<string, string> = {};
  const byKey = new Map(dimensions.map((d) => [d.key, d]));
  for (const key of keys) {
    const dimension = own(parts, key) ? byKey.get(key) : undefined;
    const field = `parts.${key}`;
    if (!dimension) {
      problems[field] = `is not a breakdown of this indicator: it is broken down by ${dimensions.map((d) => d.key).join(', ')}`;
      continue;
    }
    const cells = parts[key];
    if (!plain(cells)) {
      problems[field] = `must be an object of a figure per value of ${dimension.key}, like {"${dimension.values[0]?.code ?? 'code'}": 12}`;
      continue;
    }
    const codes = new Set(dimension.values.map((v) => v.code));
    let total = 0;
    let complete = true;
    for (const [code, cell] of Object.entries(cells)) {
      const cellField = `${field}.${code}`;
      if (!codes.has(code)) {
        problems[cellField] = `is not a value of ${dimension.key}: its values are ${[...codes].join(', ')}`;
        complete = false;
        continue;
      }
      const rule = cellProblem(input.unit, cell);
      if (rule) {
        problems[cellField] = rule;
        complete = false;
        continue;
      }
      total += cell as number;
    }
    const missing = [...codes].filter((c) => !own(cells, c));
    if (missing.length) {
      problems[field] = `misses ${missing.join(', ')}: give a figure for every value of ${dimension.key}, 0 where there is none`;
      continue;
    }
    if (complete && input.aggregation === 'sum' && round(total) !== round(input.value)) {
      const difference = round(input.value - total);
      const side = difference > 0 ? `${difference} less than` : `${-difference} more than`;
      problems[field] = `adds up to ${round(total)}, ${side} the value ${round(input.value)}: the parts of a sum indicator add up to its value`;
    }
  }
  return problems;
}

function cellProblem(unit: string, cell: unknown): string | null {
  if (typeof cell !== 'number' || !Number.isFinite(cell)) return 'must be a number';
  if (unit === 'count' && (!Number.isInteger(cell) || cell < 0)) return 'must be a whole number, 0 or more (a count)';
  if (unit === 'percent' && (cell < 0 || cell > 100)) return 'must lie between 0 and 100 (a percentage)';
  return null;
}

/** The parts in the dimensions' own order, keys and codes as stored; null when there are none. */
export function normaliseParts(parts: unknown, dimensions: readonly Dimension[]): Parts | null {
  if (!plain(parts) || Object.keys(parts).length === 0) return null;
  const out: Parts = {};
  for (const d of dimensions) {
    const cells = parts[d.key];
    if (!plain(cells)) continue;
    out[d.key] = Object.fromEntries(d.values.filter((v) => own(cells, v.code)).map((v) => [v.code, cells[v.code] as number]));
  }
  return Object.keys(out).length ? out : null;
}

/** What is wrong with a dimension's values: codes well-formed and unique, labels given. */
export function dimensionValuesProblems(values: readonly { code?: unknown; label?: unknown }[]): Record<string, string> {
  const problems: Record<string, string> = {};
  const seen = new Set<string>();
  values.forEach((v, n) => {
    if (!isDimensionKey(v.code)) problems[`values.${n}.code`] = 'must be lower-case letters, digits, - or _, starting with a letter, like nieuw-west or age_18_26';
    else if (seen.has(v.code)) problems[`values.${n}.code`] = 'appears twice: each value of a dimension has its own code';
    else seen.add(v.code);
  });
  return problems;
}

/** Codes that indicators' measurements use and the new list of values would drop: a breakdown would lose its cells. */
export function droppedCodes(before: readonly DimensionValue[], after: readonly DimensionValue[]): string[] {
  const kept = new Set(after.map((v) => v.code));
  return before.map((v) => v.code).filter((c) => !kept.has(c));
}
