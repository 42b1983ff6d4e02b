import { outcomePaymentSchedule, paymentDueFor } from './outcome-payment';
import type { OutcomeTerms } from './outcome-payment';
import { rows, series, PLACEMENTS, DROPOUT, EMPLOYMENT, SATISFACTION, CAPPED, FRACTIONAL, type Row } from './testing/outcome-payment';

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
