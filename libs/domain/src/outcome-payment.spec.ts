import { DomainError } from './errors';
import { outcomePaymentSchedule, paymentDueFor, sumCents } from './outcome-payment';
import type { ApprovedValue, OutcomeTerms, QuarterPayment } from './outcome-payment';

// Every expected figure below is worked out by hand in the comment beside its table.

// [period, figure, outcome, unitsPaidBefore, units, dueCents, paidToDateCents, remainingCents, capped]
type Row = [string, number | null, number, number, number, number, number, number, boolean];

function rows(schedule: QuarterPayment[]): Row[] {
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

function series(entries: Record<string, number>): ApprovedValue[] {
  return Object.entries(entries).map(([period, value]) => ({ period, value }));
}

function thrown(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, nothing was thrown');
}

// People placed in work: a flow, €250 a person, at most €10,000.
const PLACEMENTS: OutcomeTerms = {
  pricePerUnitCents: 250_00,
  maxPaymentCents: 10_000_00,
  baseline: 0,
  direction: 'increase',
  aggregation: 'sum',
};
// Drop-out rate in percent: lower is better, €500 a percentage point below 40, at most €20,000.
const DROPOUT: OutcomeTerms = {
  pricePerUnitCents: 500_00,
  maxPaymentCents: 20_000_00,
  baseline: 40,
  direction: 'decrease',
  aggregation: 'latest',
};
// Employment rate in percent: a level, €1,000 a percentage point above 20, at most €100,000.
const EMPLOYMENT: OutcomeTerms = {
  pricePerUnitCents: 1_000_00,
  maxPaymentCents: 100_000_00,
  baseline: 20,
  direction: 'increase',
  aggregation: 'latest',
};
// Satisfaction score: averaged over quarters, €1,000 a point above 6, at most €5,000.
const SATISFACTION: OutcomeTerms = {
  pricePerUnitCents: 1_000_00,
  maxPaymentCents: 5_000_00,
  baseline: 6,
  direction: 'increase',
  aggregation: 'average',
};
// A flow at €100 a unit with a cap of €1,000 (ten units).
const CAPPED: OutcomeTerms = { ...PLACEMENTS, pricePerUnitCents: 100_00, maxPaymentCents: 1_000_00 };
// A rate in percent above 40.1 at 333 cents a percentage point: fractional units, fractions of cents.
const FRACTIONAL: OutcomeTerms = {
  pricePerUnitCents: 333,
  maxPaymentCents: 1_000_00,
  baseline: 40.1,
  direction: 'increase',
  aggregation: 'latest',
};

const scenarios: [string, OutcomeTerms, Record<string, number>, string, string, Row[]][] = [
  [
    // 4, 6, 5 people: figure 4, 10, 15; each new person €250.
    'simple increase (sum)',
    PLACEMENTS,
    { '2016-Q1': 4, '2016-Q2': 6, '2016-Q3': 5 },
    '2016-Q1',
    '2016-Q3',
    [
      ['2016-Q1', 4, 4, 0, 4, 1_000_00, 1_000_00, 9_000_00, false],
      ['2016-Q2', 10, 10, 4, 6, 1_500_00, 2_500_00, 7_500_00, false],
      ['2016-Q3', 15, 15, 10, 5, 1_250_00, 3_750_00, 6_250_00, false],
    ],
  ],
  [
    // Outcome = 40 − rate: 2, 5, 4 (below the mark of 5: nothing), 10 (5 new points), 0 (rate above baseline).
    'decrease-direction indicator',
    DROPOUT,
    { '2016-Q1': 38, '2016-Q2': 35, '2016-Q3': 36, '2016-Q4': 30, '2017-Q1': 45 },
    '2016-Q1',
    '2017-Q1',
    [
      ['2016-Q1', 38, 2, 0, 2, 1_000_00, 1_000_00, 19_000_00, false],
      ['2016-Q2', 35, 5, 2, 3, 1_500_00, 2_500_00, 17_500_00, false],
      ['2016-Q3', 36, 4, 5, 0, 0, 2_500_00, 17_500_00, false],
      ['2016-Q4', 30, 10, 5, 5, 2_500_00, 5_000_00, 15_000_00, false],
      ['2017-Q1', 45, 0, 10, 0, 0, 5_000_00, 15_000_00, false],
    ],
  ],
  [
    // Ten units fit under the cap. Q2 earns 7 more (€700) but only €400 is left: 4 units paid, capped.
    // Q3 earns 3 more (€300) and the cap takes all of it; Q4 earns nothing new, so the cap takes nothing.
    'cap reached within a quarter, nothing after',
    CAPPED,
    { '2016-Q1': 6, '2016-Q2': 7, '2016-Q3': 3 },
    '2016-Q1',
    '2016-Q4',
    [
      ['2016-Q1', 6, 6, 0, 6, 600_00, 600_00, 400_00, false],
      ['2016-Q2', 13, 13, 6, 4, 400_00, 1_000_00, 0, true],
      ['2016-Q3', 16, 16, 13, 0, 0, 1_000_00, 0, true],
      ['2016-Q4', 16, 16, 16, 0, 0, 1_000_00, 0, false],
    ],
  ],
  [
    // 4 + 6 = exactly ten units: the full €600 fits, not capped; the next 2 units find nothing left.
    'exact cap',
    CAPPED,
    { '2016-Q1': 4, '2016-Q2': 6, '2016-Q3': 2 },
    '2016-Q1',
    '2016-Q3',
    [
      ['2016-Q1', 4, 4, 0, 4, 400_00, 400_00, 600_00, false],
      ['2016-Q2', 10, 10, 4, 6, 600_00, 1_000_00, 0, false],
      ['2016-Q3', 12, 12, 10, 0, 0, 1_000_00, 0, true],
    ],
  ],
  [
    // Rate 25 pays 5 points; 22, 18 (below baseline) and 24 stay under the mark of 5; 27 pays 2 points.
    'outcome dropping then recovering (high-water mark)',
    EMPLOYMENT,
    { '2016-Q1': 25, '2016-Q2': 22, '2016-Q3': 18, '2016-Q4': 24, '2017-Q1': 27 },
    '2016-Q1',
    '2017-Q1',
    [
      ['2016-Q1', 25, 5, 0, 5, 5_000_00, 5_000_00, 95_000_00, false],
      ['2016-Q2', 22, 2, 5, 0, 0, 5_000_00, 95_000_00, false],
      ['2016-Q3', 18, 0, 5, 0, 0, 5_000_00, 95_000_00, false],
      ['2016-Q4', 24, 4, 5, 0, 0, 5_000_00, 95_000_00, false],
      ['2017-Q1', 27, 7, 5, 2, 2_000_00, 7_000_00, 93_000_00, false],
    ],
  ],
  [
    // No value yet in 2015-Q4 (figure null); Q2 and Q4 are missing: a sum adds nothing for them.
    'missing quarters (sum)',
    CAPPED,
    { '2016-Q1': 3, '2016-Q3': 2 },
    '2015-Q4',
    '2016-Q4',
    [
      ['2015-Q4', null, 0, 0, 0, 0, 0, 1_000_00, false],
      ['2016-Q1', 3, 3, 0, 3, 300_00, 300_00, 700_00, false],
      ['2016-Q2', 3, 3, 3, 0, 0, 300_00, 700_00, false],
      ['2016-Q3', 5, 5, 3, 2, 200_00, 500_00, 500_00, false],
      ['2016-Q4', 5, 5, 5, 0, 0, 500_00, 500_00, false],
    ],
  ],
  [
    // The last rate carries forward through a missing quarter: 22 in Q2 too, then 23 pays one more point.
    'missing quarters (latest)',
    EMPLOYMENT,
    { '2016-Q1': 22, '2016-Q3': 23 },
    '2016-Q1',
    '2016-Q4',
    [
      ['2016-Q1', 22, 2, 0, 2, 2_000_00, 2_000_00, 98_000_00, false],
      ['2016-Q2', 22, 2, 2, 0, 0, 2_000_00, 98_000_00, false],
      ['2016-Q3', 23, 3, 2, 1, 1_000_00, 3_000_00, 97_000_00, false],
      ['2016-Q4', 23, 3, 3, 0, 0, 3_000_00, 97_000_00, false],
    ],
  ],
  [
    // Averages 7, 7.5, 7, 7.5, 8 (missing 2017-Q1 is not counted as zero: 40 / 5 after 2017-Q2);
    // outcome 1, 1.5, 1, 1.5, 1.5, 2: pays 1, 0.5, then 0.5 only once 2 passes the mark of 1.5.
    'average aggregation',
    SATISFACTION,
    { '2016-Q1': 7, '2016-Q2': 8, '2016-Q3': 6, '2016-Q4': 9, '2017-Q2': 10 },
    '2016-Q1',
    '2017-Q2',
    [
      ['2016-Q1', 7, 1, 0, 1, 1_000_00, 1_000_00, 4_000_00, false],
      ['2016-Q2', 7.5, 1.5, 1, 0.5, 500_00, 1_500_00, 3_500_00, false],
      ['2016-Q3', 7, 1, 1.5, 0, 0, 1_500_00, 3_500_00, false],
      ['2016-Q4', 7.5, 1.5, 1.5, 0, 0, 1_500_00, 3_500_00, false],
      ['2017-Q1', 7.5, 1.5, 1.5, 0, 0, 1_500_00, 3_500_00, false],
      ['2017-Q2', 8, 2, 1.5, 0.5, 500_00, 2_000_00, 3_000_00, false],
    ],
  ],
  [
    // 41.25 − 40.1 = 1.15 points × 333 = 382.95 → 382 cents. 42.4 − 40.1 = 2.3 points × 333 = 765.9 →
    // 765 in total, so 383 this quarter: the 0.95 cent left over from Q1 completes a cent here.
    'fractional units, rounded down',
    FRACTIONAL,
    { '2016-Q1': 41.25, '2016-Q2': 42.4 },
    '2016-Q1',
    '2016-Q2',
    [
      ['2016-Q1', 41.25, 1.15, 0, 1.15, 382, 382, 99_618, false],
      ['2016-Q2', 42.4, 2.3, 1.15, 1.15, 383, 765, 99_235, false],
    ],
  ],
  [
    // Half a unit at 1 cent: nothing in Q1, then the whole cent once the second half arrives.
    'fractions of a cent add up across quarters',
    { ...PLACEMENTS, pricePerUnitCents: 1 },
    { '2016-Q1': 0.5, '2016-Q2': 0.5 },
    '2016-Q1',
    '2016-Q2',
    [
      ['2016-Q1', 0.5, 0.5, 0, 0.5, 0, 0, 10_000_00, false],
      ['2016-Q2', 1, 1, 0.5, 0.5, 1, 1, 9_999_99, false],
    ],
  ],
  [
    // 0.29 × 100 is 28.999999999999996 in binary floating point; it must pay 29 cents, not 28.
    'floating-point noise does not cost a cent',
    { ...PLACEMENTS, pricePerUnitCents: 100, aggregation: 'latest' },
    { '2016-Q1': 0.29 },
    '2016-Q1',
    '2016-Q1',
    [['2016-Q1', 0.29, 0.29, 0, 0.29, 29, 29, 9_999_71, false]],
  ],
  [
    // Ten people placed in 2015 are history: they count in the figure and set the starting mark (10),
    // but are never paid. From 2016-Q1 only the 3 and 4 new people are paid.
    'values before from (sum)',
    CAPPED,
    { '2015-Q3': 5, '2015-Q4': 5, '2016-Q1': 3, '2016-Q2': 4 },
    '2016-Q1',
    '2016-Q2',
    [
      ['2016-Q1', 13, 13, 10, 3, 300_00, 300_00, 700_00, false],
      ['2016-Q2', 17, 17, 13, 4, 400_00, 700_00, 300_00, false],
    ],
  ],
  [
    // 10 points above baseline already when the contract starts: 25 (5) pays nothing, 32 (12) pays 2.
    'values before from (latest)',
    EMPLOYMENT,
    { '2015-Q4': 30, '2016-Q1': 25, '2016-Q2': 32 },
    '2016-Q1',
    '2016-Q2',
    [
      ['2016-Q1', 25, 5, 10, 0, 0, 0, 100_000_00, false],
      ['2016-Q2', 32, 12, 10, 2, 2_000_00, 2_000_00, 98_000_00, false],
    ],
  ],
  [
    // A value after `through` is not looked at, and a row never sees a later quarter's value.
    'no looking ahead',
    PLACEMENTS,
    { '2016-Q1': 2, '2016-Q2': 1, '2016-Q3': 100 },
    '2016-Q1',
    '2016-Q2',
    [
      ['2016-Q1', 2, 2, 0, 2, 500_00, 500_00, 9_500_00, false],
      ['2016-Q2', 3, 3, 2, 1, 250_00, 750_00, 9_250_00, false],
    ],
  ],
  [
    // No cap left to pay from: every quarter with new outcome is capped, nothing is ever due.
    'a maximum of zero',
    { ...CAPPED, maxPaymentCents: 0 },
    { '2016-Q1': 2 },
    '2016-Q1',
    '2016-Q2',
    [
      ['2016-Q1', 2, 2, 0, 0, 0, 0, 0, true],
      ['2016-Q2', 2, 2, 2, 0, 0, 0, 0, false],
    ],
  ],
  [
    // A price of zero: outcome is tracked, nothing is owed and the cap never bites.
    'a price of zero',
    { ...CAPPED, pricePerUnitCents: 0 },
    { '2016-Q1': 2 },
    '2016-Q1',
    '2016-Q1',
    [['2016-Q1', 2, 2, 0, 2, 0, 0, 1_000_00, false]],
  ],
  [
    // The year boundary is crossed like any other quarter.
    'across a year end',
    PLACEMENTS,
    { '2016-Q4': 1, '2017-Q1': 1 },
    '2016-Q4',
    '2017-Q1',
    [
      ['2016-Q4', 1, 1, 0, 1, 250_00, 250_00, 9_750_00, false],
      ['2017-Q1', 2, 2, 1, 1, 250_00, 500_00, 9_500_00, false],
    ],
  ],
];

describe('outcomePaymentSchedule', () => {
  it.each(scenarios)('%s', (_label, terms, values, from, through, expected) => {
    expect(rows(outcomePaymentSchedule(terms, series(values), from, through))).toEqual(expected);
  });

  it.each(scenarios)('%s: whole cents, never negative, adding up, within the cap', (_l, terms, values, from, through) => {
    let paid = 0;
    for (const row of outcomePaymentSchedule(terms, series(values), from, through)) {
      for (const cents of [row.dueCents, row.paidToDateCents, row.remainingCents]) {
        expect(Number.isSafeInteger(cents)).toBe(true);
        expect(cents).toBeGreaterThanOrEqual(0);
      }
      paid += row.dueCents;
      expect(row.paidToDateCents).toBe(paid);
      expect(row.paidToDateCents + row.remainingCents).toBe(terms.maxPaymentCents);
    }
  });

  it.each(scenarios)('%s: the order of the approved values does not matter', (_l, terms, values, from, through) => {
    const reversed = series(values).reverse();
    expect(outcomePaymentSchedule(terms, reversed, from, through)).toEqual(
      outcomePaymentSchedule(terms, series(values), from, through),
    );
  });

  it('leaves its input untouched', () => {
    const approved = series({ '2016-Q2': 6, '2016-Q1': 4 });
    const copy = structuredClone(approved);
    outcomePaymentSchedule(PLACEMENTS, approved, '2016-Q1', '2016-Q2');
    expect(approved).toEqual(copy);
  });
});

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

describe('paymentDueFor', () => {
  it.each(scenarios)('%s: the row of each quarter', (_label, terms, values, from, through, expected) => {
    for (const row of expected) {
      expect(rows([paymentDueFor(terms, series(values), from, row[0])])).toEqual([row]);
    }
    expect(paymentDueFor(terms, series(values), from, through)).toEqual(
      outcomePaymentSchedule(terms, series(values), from, through).at(-1),
    );
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
