import { comparisonRow, comparisonTotals, trendQuarters, type ComparedIndicator } from './evidence-comparison';

const facts = (over: Partial<ComparedIndicator> = {}): ComparedIndicator => ({
  projectId: 1, projectCode: 'MW-01', projectTitle: 'Werkplaats', phase: 'experiment', budgetCents: 6_000_000,
  indicatorId: 11, indicatorName: 'Deelnemers aan het werk', unit: 'count', direction: 'increase', aggregation: 'sum',
  baseline: 0, target: 40, approved: [{ period: '2026-Q1', value: 6 }, { period: '2026-Q2', value: 10 }, { period: '2026-Q4', value: 14 }],
  latestPeopleMeasured: 60, design: 'before_after', source: 'register', validatedBy: 'Onderzoek en Statistiek', criteria: { met: 1, total: 2 },
  ...over,
});

describe('trendQuarters', () => {
  it.each([['2026-Q4', ['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']], ['2027-Q2', ['2026-Q3', '2026-Q4', '2027-Q1', '2027-Q2']]])('%s', (q, expected) => {
    expect(trendQuarters(q)).toEqual(expected);
  });
});

describe('comparisonRow', () => {
  it('gives the latest value, figure, progress, the four quarters, level and cost per outcome, worked out by hand', () => {
    const row = comparisonRow(facts(), '2026-Q4', 5);
    expect(row).toMatchObject({
      latest: { period: '2026-Q4', value: 14 },
      figure: 30, // 6 + 10 + 14
      progress: 0.75, // (30 − 0) / (40 − 0)
      trend: [{ period: '2026-Q1', value: 6 }, { period: '2026-Q2', value: 10 }, { period: '2026-Q3', value: null }, { period: '2026-Q4', value: 14 }],
      criteria: { met: 1, total: 2 },
      costPerOutcomeCents: 200_000, // € 60.000 / 30 people
    });
    expect(row.evidenceLevel).toBeGreaterThanOrEqual(2);
  });

  it.each([
    // what changes → what the row says
    ['a decreasing count counts the fall as outcome', { direction: 'decrease' as const, baseline: 140, target: 40, aggregation: 'latest' as const, approved: [{ period: '2026-Q4', value: 100 }] },
      { figure: 100, progress: 0.4, costPerOutcomeCents: 150_000 }],
    ['no budget, no cost per outcome', { budgetCents: null }, { costPerOutcomeCents: null }],
    ['no outcome above the baseline, no cost per outcome', { baseline: 40, target: 80 }, { costPerOutcomeCents: null, progress: -0.25 }],
    ['nothing approved', { approved: [] }, { latest: null, figure: null, progress: null, costPerOutcomeCents: null }],
    ['an average, and no cost per score point', { aggregation: 'average' as const, unit: 'score' as const, baseline: 5, target: 8 }, { figure: 10, progress: 1.6667, costPerOutcomeCents: null }],
  ])('%s', (_name, over, expected) => {
    expect(comparisonRow(facts(over), '2026-Q4', 5)).toMatchObject(expected);
  });

  it('hides counts below the threshold, and the progress and cost that would give a hidden figure away', () => {
    const row = comparisonRow(facts({ approved: [{ period: '2026-Q3', value: 1 }, { period: '2026-Q4', value: 3 }] }), '2026-Q4', 5);
    expect(row).toMatchObject({ latest: { period: '2026-Q4', value: '< 5' }, figure: '< 5', progress: null, costPerOutcomeCents: null });
    expect(row.trend.map((t) => t.value)).toEqual([null, null, '< 5', '< 5']);
  });
});

describe('comparisonTotals', () => {
  const rowsOf = (list: ComparedIndicator[]) => list.map((f) => comparisonRow(f, '2026-Q4', 5));

  it('adds up the figures of a sum definition and gives ranges', () => {
    const list = [facts(), facts({ projectId: 2, approved: [{ period: '2026-Q4', value: 20 }], design: 'none', source: null, validatedBy: null })];
    const totals = comparisonTotals(list, rowsOf(list), 'sum', 'count', 5);
    expect(totals).toMatchObject({ projects: 2, withValue: 2, sum: 50, figureRange: null, progressRange: { min: 0.5, max: 0.75 } });
    expect(totals.levelRange.min).toBeLessThan(totals.levelRange.max);
  });

  it('gives no sum for a latest or average definition, only ranges', () => {
    const list = [facts({ aggregation: 'latest', unit: 'percent' }), facts({ aggregation: 'latest', unit: 'percent', approved: [{ period: '2026-Q4', value: 55 }] })];
    expect(comparisonTotals(list, rowsOf(list), 'latest', 'percent', 5)).toMatchObject({ sum: null, figureRange: { min: 14, max: 55 } });
  });

  it('hides the sum when one project\'s figure is hidden, which the sum would give away', () => {
    const list = [facts(), facts({ projectId: 2, approved: [{ period: '2026-Q4', value: 3 }] })];
    expect(comparisonTotals(list, rowsOf(list), 'sum', 'count', 5).sum).toBe('< 5');
    const two = [...list, facts({ projectId: 3, approved: [{ period: '2026-Q4', value: 2 }] })];
    expect(comparisonTotals(two, rowsOf(two), 'sum', 'count', 5).sum).toBe(35);
  });
});
