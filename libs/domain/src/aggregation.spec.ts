import { overallFigure } from './aggregation';

describe('overallFigure', () => {
  it.each([
    ['sum', [3, 4, 5], 12],
    ['latest', [3, 4, 5], 5],
    ['average', [3, 4, 5], 4],
    ['average', [1, 2], 1.5],
    ['sum', [7], 7],
    ['latest', [0], 0],
  ] as const)('%s of %j is %d', (aggregation, values, expected) => {
    expect(overallFigure(aggregation, values)).toBe(expected);
  });

  it.each(['sum', 'latest', 'average'] as const)('%s of nothing is null', (aggregation) => {
    expect(overallFigure(aggregation, [])).toBeNull();
  });
});
