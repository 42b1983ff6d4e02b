import type { Aggregation } from './enums';

/**
 * An indicator's overall figure from its quarterly values (in period order): `sum` adds flows such as
 * people placed, `latest` takes the last level such as a rate, `average` averages scores. Null when
 * there are no values.
 */
export function overallFigure(aggregation: Aggregation, values: readonly number[]): number | null {
  if (values.length === 0) return null;
  switch (aggregation) {
    case 'sum':
      return values.reduce((a, b) => a + b, 0);
    case 'latest':
      return values[values.length - 1];
    case 'average':
      return values.reduce((a, b) => a + b, 0) / values.length;
  }
}
