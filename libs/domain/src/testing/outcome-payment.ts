import type { ApprovedValue, OutcomeTerms, QuarterPayment } from '../outcome-payment';

// Terms and helpers shared by the outcome-payment specs; every expected figure there is worked out by hand.

// [period, figure, outcome, unitsPaidBefore, units, dueCents, paidToDateCents, remainingCents, capped]
export type Row = [string, number | null, number, number, number, number, number, number, boolean];

export function rows(schedule: QuarterPayment[]): Row[] {
  return schedule.map((p) => [
    p.period,
    p.figure,
    p.outcome,
    p.unitsPaidBefore,
    p.units,
    p.dueCents,
    p.paidToDateCents,
    p.remainingCents,
    p.capped,
  ]);
}

export function series(entries: Record<string, number>): ApprovedValue[] {
  return Object.entries(entries).map(([period, value]) => ({ period, value }));
}


// People placed in work: a flow, €250 a person, at most €10,000.
export const PLACEMENTS: OutcomeTerms = {
  pricePerUnitCents: 250_00,
  maxPaymentCents: 10_000_00,
  baseline: 0,
  direction: 'increase',
  aggregation: 'sum',
};
// Drop-out rate in percent: lower is better, €500 a percentage point below 40, at most €20,000.
export const DROPOUT: OutcomeTerms = {
  pricePerUnitCents: 500_00,
  maxPaymentCents: 20_000_00,
  baseline: 40,
  direction: 'decrease',
  aggregation: 'latest',
};
// Employment rate in percent: a level, €1,000 a percentage point above 20, at most €100,000.
export const EMPLOYMENT: OutcomeTerms = {
  pricePerUnitCents: 1_000_00,
  maxPaymentCents: 100_000_00,
  baseline: 20,
  direction: 'increase',
  aggregation: 'latest',
};
// Satisfaction score: averaged over quarters, €1,000 a point above 6, at most €5,000.
export const SATISFACTION: OutcomeTerms = {
  pricePerUnitCents: 1_000_00,
  maxPaymentCents: 5_000_00,
  baseline: 6,
  direction: 'increase',
  aggregation: 'average',
};
// A flow at €100 a unit with a cap of €1,000 (ten units).
export const CAPPED: OutcomeTerms = { ...PLACEMENTS, pricePerUnitCents: 100_00, maxPaymentCents: 1_000_00 };
// A rate in percent above 40.1 at 333 cents a percentage point: fractional units, fractions of cents.
export const FRACTIONAL: OutcomeTerms = {
  pricePerUnitCents: 333,
  maxPaymentCents: 1_000_00,
  baseline: 40.1,
  direction: 'increase',
  aggregation: 'latest',
};
