import { outcomePaymentSchedule, paymentDueFor, sumCents } from './outcome-payment';
import type { OutcomeTerms } from './outcome-payment';
import { series, PLACEMENTS, DROPOUT, EMPLOYMENT, CAPPED } from './testing/outcome-payment';
import { thrown } from './testing/thrown';

describe('revisions: the schedule recomputed from a corrected approved series', () => {
  // [label, terms, series as first approved, series after the correction, dues before, dues after]
  it.each<[string, OutcomeTerms, Record<string, number>, Record<string, number>, number[], number[]]>([
    [
      // Q2 corrected from 6 to 2 people: Q2 pays 2 instead of 6, and the running total stays lower after.
      'a flow corrected downward',
      PLACEMENTS,
      { '2016-Q1': 4, '2016-Q2': 6, '2016-Q3': 5 },
      { '2016-Q1': 4, '2016-Q2': 2, '2016-Q3': 5 },
      [1_000_00, 1_500_00, 1_250_00],
      [1_000_00, 500_00, 1_250_00],
    ],
    [
      // Q2 corrected from 27 to 23: pays 3 points, not 7; Q3 (26) then pays 3 more above the lower mark,
      // where it paid nothing before. Through Q3 the total is lower: 6 points instead of 7.
      'a level corrected downward',
      EMPLOYMENT,
      { '2016-Q1': 20, '2016-Q2': 27, '2016-Q3': 26 },
      { '2016-Q1': 20, '2016-Q2': 23, '2016-Q3': 26 },
      [0, 7_000_00, 0],
      [0, 3_000_00, 3_000_00],
    ],
    [
      // Q1 corrected from 30 to 21, below what Q2 reached: Q1 pays 1 point instead of 10, Q2 (25) the 4
      // points above the new mark; Q3 has no value and carries 25 forward. Nothing turns negative.
      'a first quarter corrected downward',
      EMPLOYMENT,
      { '2016-Q1': 30, '2016-Q2': 25 },
      { '2016-Q1': 21, '2016-Q2': 25 },
      [10_000_00, 0, 0],
      [1_000_00, 4_000_00, 0],
    ],
    [
      // Without the correction the cap bit in Q2; after it there is room left for Q3.
      'a correction under a cap',
      CAPPED,
      { '2016-Q1': 6, '2016-Q2': 7, '2016-Q3': 3 },
      { '2016-Q1': 6, '2016-Q2': 1, '2016-Q3': 3 },
      [600_00, 400_00, 0],
      [600_00, 100_00, 300_00],
    ],
  ])('%s', (_label, terms, before, after, duesBefore, duesAfter) => {
    const first = outcomePaymentSchedule(terms, series(before), '2016-Q1', '2016-Q3');
    const corrected = outcomePaymentSchedule(terms, series(after), '2016-Q1', '2016-Q3');
    expect(first.map((r) => r.dueCents)).toEqual(duesBefore);
    expect(corrected.map((r) => r.dueCents)).toEqual(duesAfter);
    // A downward correction never raises what is owed to date, and never makes a due negative.
    corrected.forEach((row, i) => {
      expect(row.dueCents).toBeGreaterThanOrEqual(0);
      expect(row.paidToDateCents).toBeLessThanOrEqual(first[i].paidToDateCents);
    });
  });
});

describe('sumCents', () => {
  it.each<[number[], number]>([
    [[], 0],
    [[0], 0],
    [[1_000_00, 2_500_00, 383], 3_503_83],
    [[Number.MAX_SAFE_INTEGER - 1, 1], Number.MAX_SAFE_INTEGER],
  ])('%j: %d', (values, total) => {
    expect(sumCents(values)).toBe(total);
  });

  it('totals a lab from the dues of its contracts', () => {
    const placements = paymentDueFor(PLACEMENTS, series({ '2016-Q1': 4, '2016-Q2': 6 }), '2016-Q1', '2016-Q2');
    const dropout = paymentDueFor(DROPOUT, series({ '2016-Q1': 38, '2016-Q2': 35 }), '2016-Q1', '2016-Q2');
    expect(sumCents([placements.dueCents, dropout.dueCents])).toBe(1_500_00 + 1_500_00);
    expect(sumCents([placements.paidToDateCents, dropout.paidToDateCents])).toBe(2_500_00 + 2_500_00);
  });

  it.each<[string, unknown[]]>([
    ['a fraction of a cent', [1, 0.5]],
    ['a negative amount', [100, -1]],
    ['not a number', [Number.NaN]],
    ['infinite', [Number.POSITIVE_INFINITY]],
    ['a string', ['100']],
    ['a total beyond exact integers', [Number.MAX_SAFE_INTEGER, 1]],
  ])('refuses %s', (_label, values) => {
    const error = thrown(() => sumCents(values as number[]));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details?.errors).toHaveProperty('values');
  });
});

describe('invalid input', () => {
  const ok = series({ '2016-Q1': 4 });
  it.each<[string, () => unknown, string]>([
    ['a negative price', () => outcomePaymentSchedule({ ...PLACEMENTS, pricePerUnitCents: -1 }, ok, '2016-Q1', '2016-Q1'), 'pricePerUnitCents'],
    ['a price in fractions of a cent', () => outcomePaymentSchedule({ ...PLACEMENTS, pricePerUnitCents: 12.5 }, ok, '2016-Q1', '2016-Q1'), 'pricePerUnitCents'],
    ['a price that is not a number', () => outcomePaymentSchedule({ ...PLACEMENTS, pricePerUnitCents: Number.NaN }, ok, '2016-Q1', '2016-Q1'), 'pricePerUnitCents'],
    ['a negative maximum', () => outcomePaymentSchedule({ ...PLACEMENTS, maxPaymentCents: -100 }, ok, '2016-Q1', '2016-Q1'), 'maxPaymentCents'],
    ['an infinite maximum', () => outcomePaymentSchedule({ ...PLACEMENTS, maxPaymentCents: Number.POSITIVE_INFINITY }, ok, '2016-Q1', '2016-Q1'), 'maxPaymentCents'],
    ['a maximum beyond exact integers', () => outcomePaymentSchedule({ ...PLACEMENTS, maxPaymentCents: 2 ** 53 }, ok, '2016-Q1', '2016-Q1'), 'maxPaymentCents'],
    ['a baseline that is not a number', () => outcomePaymentSchedule({ ...PLACEMENTS, baseline: Number.NaN }, ok, '2016-Q1', '2016-Q1'), 'baseline'],
    ['an infinite baseline', () => outcomePaymentSchedule({ ...PLACEMENTS, baseline: Number.NEGATIVE_INFINITY }, ok, '2016-Q1', '2016-Q1'), 'baseline'],
    ['an unknown direction', () => outcomePaymentSchedule({ ...PLACEMENTS, direction: 'up' as never }, ok, '2016-Q1', '2016-Q1'), 'direction'],
    ['an unknown aggregation', () => outcomePaymentSchedule({ ...PLACEMENTS, aggregation: 'median' as never }, ok, '2016-Q1', '2016-Q1'), 'aggregation'],
    ['a measurement period that is not a quarter', () => outcomePaymentSchedule(PLACEMENTS, [{ period: '2016-Q5', value: 1 }], '2016-Q1', '2016-Q1'), 'approved'],
    ['a measurement period written wrongly', () => outcomePaymentSchedule(PLACEMENTS, [{ period: '2016Q1', value: 1 }], '2016-Q1', '2016-Q1'), 'approved'],
    ['a measurement value that is not a number', () => outcomePaymentSchedule(PLACEMENTS, [{ period: '2016-Q1', value: Number.NaN }], '2016-Q1', '2016-Q1'), 'approved'],
    ['an infinite measurement value', () => outcomePaymentSchedule(PLACEMENTS, [{ period: '2016-Q1', value: Number.POSITIVE_INFINITY }], '2016-Q1', '2016-Q1'), 'approved'],
    ['two values for one quarter', () => outcomePaymentSchedule(PLACEMENTS, series({ '2016-Q1': 1 }).concat(series({ '2016-Q1': 2 })), '2016-Q1', '2016-Q1'), 'approved'],
    ['approved values that are not a list', () => outcomePaymentSchedule(PLACEMENTS, null as never, '2016-Q1', '2016-Q1'), 'approved'],
    ['a first quarter that is not a quarter', () => outcomePaymentSchedule(PLACEMENTS, ok, '2016-3', '2016-Q4'), 'from'],
    ['a last quarter that is not a quarter', () => outcomePaymentSchedule(PLACEMENTS, ok, '2016-Q1', ''), 'through'],
    ['a last quarter before the first', () => outcomePaymentSchedule(PLACEMENTS, ok, '2016-Q2', '2016-Q1'), 'through'],
    ['a quarter due before the contract starts', () => paymentDueFor(PLACEMENTS, ok, '2016-Q2', '2016-Q1'), 'through'],
  ])('refuses %s', (_label, call, field) => {
    const error = thrown(call);
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details?.errors).toHaveProperty(field);
  });
});
