import { overallFigure } from './aggregation';
import { AGGREGATIONS, DIRECTIONS, isOneOf } from './enums';
import type { Aggregation, Direction } from './enums';
import { DomainError } from './errors';
import { isCents } from './money';
import { compareQuarters, isQuarter, quarterRange } from './quarter';

// Betalen wat werkt: what an outcome contract owes, quarter by quarter, computed from approved
// measurements only. Everything here is a pure function of its arguments, so a report can recompute
// (and a frozen report can verify) any schedule from the terms and the approved series.
//
// Choices, each one deliberate:
// - The outcome is paid once. The schedule keeps a high-water mark of the outcome accounted for; a
//   quarter pays only for outcome above it. When the outcome falls nothing is due and nothing is clawed
//   back; later quarters pay again only once the previous high-water mark is passed.
// - Payments start at `from` (the contract's first quarter). Approved values before `from` are history:
//   they count toward the figure, and the outcome they had already reached when the contract began is
//   the starting high-water mark. It is never paid — it was not achieved under the contract.
// - No looking ahead: a row counts only the values of its own quarter and earlier.
// - Money is computed cumulatively: paid to date = min(maxPaymentCents, ⌊contract units × price⌋),
//   where contract units = high-water mark − starting mark, and a quarter's due is the difference with
//   the previous quarter. That is ⌊units × price⌋ for the quarter itself, or one cent more when the
//   fractions of a cent left over by earlier quarters add up to a whole one. So the total never exceeds
//   what was earned, and it does not depend on how the outcome happened to be split over quarters
//   (0.5 unit at 1 cent in each of two quarters pays 1 cent in total, not 0).
// - Binary floating point cannot hold most decimals (0.29 × 100 is 28.999999999999996), so the outcome
//   is rounded to 9 decimals and a cent amount within a millionth of a cent of a whole cent counts as
//   that whole cent before rounding down. Measurements are never that precise.
// - Revisions need no special case: correct the approved series and recompute. The schedule knows
//   nothing of money already transferred; reconciling a recomputed schedule with real payments (after a
//   downward correction, paid-to-date may fall below what was actually paid) is up to the caller.

export interface OutcomeTerms {
  /** Integer cents per unit of outcome above baseline (a unit may be fractional: percentage points). */
  pricePerUnitCents: number;
  /** Integer cents: the most the contract pays over its whole life. */
  maxPaymentCents: number;
  /** The indicator's baseline value; only outcome beyond it is paid. */
  baseline: number;
  /** `increase`: outcome = figure − baseline; `decrease`: outcome = baseline − figure. */
  direction: Direction;
  /** How quarters add up to the figure: `sum` (flows), `latest` (levels), `average` (scores). */
  aggregation: Aggregation;
}

/** One approved measurement of the contract's indicator. Pass approved measurements only. */
export interface ApprovedValue {
  period: string;
  value: number;
}

export interface QuarterPayment {
  period: string;
  /** Overall figure through this quarter (overallFigure of the approved values so far); null if none yet. */
  figure: number | null;
  /** The figure beyond baseline in the indicator's direction; never negative, 0 when there is no figure. */
  outcome: number;
  /**
   * High-water mark of the outcome accounted for before this quarter: paid for, already reached before
   * `from` (never paid), or reached after the cap was exhausted (never paid either; by then nothing more
   * can be paid, so it no longer matters for money).
   */
  unitsPaidBefore: number;
  /** New units paid this quarter: max(0, outcome − unitsPaidBefore), reduced to what the cap leaves. */
  units: number;
  /** Integer cents due this quarter; never negative. */
  dueCents: number;
  /** Integer cents paid from `from` through this quarter; never above maxPaymentCents. */
  paidToDateCents: number;
  /** maxPaymentCents − paidToDateCents. */
  remainingCents: number;
  /** True when the cap reduced this quarter's payment (there was more earned than was left to pay). */
  capped: boolean;
}

function fail(field: string, message: string): never {
  throw new DomainError('VALIDATION_FAILED', message, { errors: { [field]: message } });
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function validateTerms(terms: OutcomeTerms): void {
  if (terms === null || typeof terms !== 'object') fail('terms', 'Expected the terms of an outcome contract.');
  if (!isCents(terms.pricePerUnitCents)) {
    fail(
      'pricePerUnitCents',
      `The price per unit must be a whole, non-negative number of cents, got ${describe(terms.pricePerUnitCents)}.`,
    );
  }
  if (!isCents(terms.maxPaymentCents)) {
    fail(
      'maxPaymentCents',
      `The maximum payment must be a whole, non-negative number of cents, got ${describe(terms.maxPaymentCents)}.`,
    );
  }
  if (typeof terms.baseline !== 'number' || !Number.isFinite(terms.baseline)) {
    fail('baseline', `The baseline must be a finite number, got ${describe(terms.baseline)}.`);
  }
  if (!isOneOf(DIRECTIONS, terms.direction)) {
    fail('direction', `The direction must be one of ${DIRECTIONS.join(', ')}, got ${describe(terms.direction)}.`);
  }
  if (!isOneOf(AGGREGATIONS, terms.aggregation)) {
    fail(
      'aggregation',
      `The aggregation must be one of ${AGGREGATIONS.join(', ')}, got ${describe(terms.aggregation)}.`,
    );
  }
}

/** A sorted copy of the approved series; refuses bad periods, non-finite values and two values for one quarter. */
function validateApproved(approved: readonly ApprovedValue[]): ApprovedValue[] {
  if (!Array.isArray(approved)) fail('approved', 'Expected a list of approved measurements.');
  const seen = new Set<string>();
  for (const item of approved) {
    if (item === null || typeof item !== 'object') fail('approved', 'Expected each approved measurement to be an object.');
    if (!isQuarter(item.period)) {
      fail('approved', `Expected a measurement period such as 2016-Q3, got ${describe(item.period)}.`);
    }
    if (typeof item.value !== 'number' || !Number.isFinite(item.value)) {
      fail('approved', `The value for ${item.period} must be a finite number, got ${describe(item.value)}.`);
    }
    if (seen.has(item.period)) fail('approved', `There is more than one approved value for ${item.period}.`);
    seen.add(item.period);
  }
  return [...approved].sort((a, b) => compareQuarters(a.period, b.period));
}

function validatePeriod(field: string, q: unknown): void {
  if (!isQuarter(q)) fail(field, `Expected a quarter such as 2016-Q3 for ${field}, got ${describe(q)}.`);
}

// Rounded to 9 decimals to drop binary floating-point noise (45.3 − 40.1 is 5.199999999999996).
function clean(n: number): number {
  const rounded = Number(n.toFixed(9));
  return rounded === 0 ? 0 : rounded; // no −0
}

// Whole cents, rounded down, but a hair below a whole cent (noise, not a real shortfall) counts as it.
function floorCents(amount: number): number {
  return Math.floor(Number(amount.toFixed(6)));
}

function outcomeOf(terms: OutcomeTerms, figure: number | null): number {
  if (figure === null) return 0;
  const beyond = terms.direction === 'increase' ? figure - terms.baseline : terms.baseline - figure;
  return Math.max(0, clean(beyond));
}

function figureThrough(terms: OutcomeTerms, sorted: readonly ApprovedValue[], inclusive: boolean, q: string): number | null {
  const values = sorted
    .filter((v) => {
      const c = compareQuarters(v.period, q);
      return inclusive ? c <= 0 : c < 0;
    })
    .map((v) => v.value);
  return overallFigure(terms.aggregation, values);
}

/**
 * The payment schedule of an outcome contract: one row per quarter from `from` through `through`, both
 * included. `approved` must hold only approved measurements of the contract's indicator, in any order,
 * at most one per quarter; values after `through` are ignored, values before `from` are history (see
 * the notes at the top of this file). Throws DomainError VALIDATION_FAILED on invalid input.
 */
export function outcomePaymentSchedule(
  terms: OutcomeTerms,
  approved: readonly ApprovedValue[],
  from: string,
  through: string,
): QuarterPayment[] {
  validateTerms(terms);
  const sorted = validateApproved(approved);
  validatePeriod('from', from);
  validatePeriod('through', through);
  if (compareQuarters(from, through) > 0) fail('through', `The last quarter ${through} comes before the first quarter ${from}.`);

  const { pricePerUnitCents: price, maxPaymentCents: max } = terms;
  const startMark = outcomeOf(terms, figureThrough(terms, sorted, false, from));
  let mark = startMark;
  let earnedBefore = 0; // ⌊contract units × price⌋ before the cap, through the previous quarter
  let paidBefore = 0;

  return quarterRange(from, through).map((period): QuarterPayment => {
    const figure = figureThrough(terms, sorted, true, period);
    const outcome = outcomeOf(terms, figure);
    const unitsPaidBefore = mark;
    mark = Math.max(mark, outcome);
    const gained = clean(mark - unitsPaidBefore);

    const earned = floorCents(clean(mark - startMark) * price);
    const paidToDateCents = Math.min(max, earned);
    const dueCents = paidToDateCents - paidBefore;
    const capped = earned - earnedBefore > dueCents;
    const units = capped ? Math.min(gained, clean(dueCents / price)) : gained;

    earnedBefore = earned;
    paidBefore = paidToDateCents;
    return {
      period,
      figure,
      outcome,
      unitsPaidBefore,
      units,
      dueCents,
      paidToDateCents,
      remainingCents: max - paidToDateCents,
      capped,
    };
  });
}

/** The schedule's row for `quarter`: what is due that quarter under a contract paying from `from`. */
export function paymentDueFor(
  terms: OutcomeTerms,
  approved: readonly ApprovedValue[],
  from: string,
  quarter: string,
): QuarterPayment {
  const rows = outcomePaymentSchedule(terms, approved, from, quarter);
  return rows[rows.length - 1];
}

/**
 * The sum of amounts in integer cents, e.g. one lab's dues over its outcome contracts. Refuses anything
 * but whole, non-negative cents, and a total too large to stay exact.
 */
export function sumCents(values: readonly number[]): number {
  if (!Array.isArray(values)) fail('values', 'Expected a list of amounts in cents.');
  let total = 0;
  for (const value of values) {
    if (!isCents(value)) fail('values', `Expected whole, non-negative cents, got ${describe(value)}.`);
    total += value;
    if (!Number.isSafeInteger(total)) fail('values', 'The total is too large to add up exactly in cents.');
  }
  return total;
}
