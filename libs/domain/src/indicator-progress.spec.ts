import type { Direction } from './enums';
import {
  ON_TRACK_TOLERANCE,
  clampProgress,
  expectedProgress,
  indicatorProgress,
  isOnTrack,
  targetMatchesDirection,
  targetWasMet,
} from './indicator-progress';
import type { ProgressBasis } from './indicator-progress';

const PLACEMENTS: ProgressBasis = { baseline: 10, target: 30, direction: 'increase' };
const DROPOUT_RATE: ProgressBasis = { baseline: 40, target: 20, direction: 'decrease' };

describe('indicatorProgress', () => {
  it.each<[string, ProgressBasis, number | null, number | null]>([
    ['increase at baseline', PLACEMENTS, 10, 0],
    ['increase halfway', PLACEMENTS, 20, 0.5],
    ['increase a quarter', PLACEMENTS, 15, 0.25],
    ['increase at target', PLACEMENTS, 30, 1],
    ['increase overshoot', PLACEMENTS, 40, 1.5],
    ['increase the wrong way', PLACEMENTS, 5, -0.25],
    ['decrease at baseline', DROPOUT_RATE, 40, 0],
    ['decrease a quarter', DROPOUT_RATE, 35, 0.25],
    ['decrease halfway', DROPOUT_RATE, 30, 0.5],
    ['decrease at target', DROPOUT_RATE, 20, 1],
    ['decrease overshoot', DROPOUT_RATE, 10, 1.5],
    ['decrease the wrong way', DROPOUT_RATE, 50, -0.5],
    ['zero baseline', { baseline: 0, target: 200, direction: 'increase' }, 37, 0.185],
    ['negative values', { baseline: -10, target: 10, direction: 'increase' }, 0, 0.5],
    ['decrease to zero', { baseline: 8, target: 0, direction: 'decrease' }, 2, 0.75],
    ['null baseline', { baseline: null, target: 30, direction: 'increase' }, 20, null],
    ['null target', { baseline: 10, target: null, direction: 'increase' }, 20, null],
    ['null both', { baseline: null, target: null, direction: 'decrease' }, 20, null],
    ['null value', PLACEMENTS, null, null],
    ['target equals baseline', { baseline: 10, target: 10, direction: 'increase' }, 12, null],
    ['target equals baseline, decrease', { baseline: 10, target: 10, direction: 'decrease' }, 8, null],
    ['increase with a target below baseline', { baseline: 30, target: 10, direction: 'increase' }, 20, null],
    ['decrease with a target above baseline', { baseline: 20, target: 40, direction: 'decrease' }, 30, null],
    ['not a number', PLACEMENTS, Number.NaN, null],
    ['infinite', PLACEMENTS, Number.POSITIVE_INFINITY, null],
  ])('%s: %j, value %s → %s', (_label, basis, value, progress) => {
    const result = indicatorProgress(basis, value);
    if (progress === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(progress, 12);
  });
});

describe('targetMatchesDirection', () => {
  it.each<[Direction, number, number, boolean]>([
    ['increase', 10, 30, true],
    ['increase', 30, 10, false],
    ['increase', 10, 10, false],
    ['decrease', 40, 20, true],
    ['decrease', 20, 40, false],
    ['decrease', 20, 20, false],
  ])('%s from %s to %s: %s', (direction, baseline, target, matches) => {
    expect(targetMatchesDirection(direction, baseline, target)).toBe(matches);
  });
});

describe('clampProgress', () => {
  it.each<[number | null, number | null]>([
    [-0.25, 0],
    [0, 0],
    [0.5, 0.5],
    [1, 1],
    [1.5, 1],
    [null, null],
  ])('%s → %s', (progress, clamped) => {
    expect(clampProgress(progress)).toBe(clamped);
  });
});

describe('expectedProgress', () => {
  it.each<[string, string, string, number]>([
    ['2016-01-01', '2016-01-11', '2015-12-01', 0],
    ['2016-01-01', '2016-01-11', '2016-01-01', 0],
    ['2016-01-01', '2016-01-11', '2016-01-04', 0.3],
    ['2016-01-01', '2016-01-11', '2016-01-06', 0.5],
    ['2016-01-01', '2016-01-11', '2016-01-11', 1],
    ['2016-01-01', '2016-01-11', '2017-01-01', 1],
    ['2016-01-01', '2017-01-01', '2016-07-01', 182 / 366],
    ['2016-01-01', '2017-01-01', '2016-07-02', 183 / 366],
    // no span: nothing is expected before the target date, everything from it on
    ['2016-01-01', '2016-01-01', '2015-12-31', 0],
    ['2016-01-01', '2016-01-01', '2016-01-01', 1],
    ['2016-06-01', '2016-01-01', '2015-12-31', 0],
    ['2016-06-01', '2016-01-01', '2016-01-01', 1],
    ['2016-06-01', '2016-01-01', '2016-03-01', 1],
  ])('from %s to %s, as of %s: %d', (baselineDate, targetDate, asOf, expected) => {
    expect(expectedProgress(baselineDate, targetDate, asOf)).toBeCloseTo(expected, 12);
  });

  it('refuses malformed dates', () => {
    expect(() => expectedProgress('2016-01-01', '2016-13-01', '2016-02-01')).toThrow();
  });
});

describe('isOnTrack', () => {
  it('tolerates lagging one tenth behind', () => {
    expect(ON_TRACK_TOLERANCE).toBe(0.1);
  });

  it.each<[number, number, boolean]>([
    [0.5, 0.5, true],
    [0.45, 0.5, true],
    [0.4, 0.5, true],
    [0.39, 0.5, false],
    [0.7, 0.8, true],
    [0.69, 0.8, false],
    [0.2, 0.3, true],
    [1.2, 1, true],
    [0.9, 1, true],
    [0.89, 1, false],
    [-0.1, 0, true],
    [-0.11, 0, false],
    [0, 0.05, true],
    [0, 0.11, false],
  ])('progress %s against expected %s: %s', (progress, expected, onTrack) => {
    expect(isOnTrack(progress, expected)).toBe(onTrack);
  });
});

describe('targetWasMet', () => {
  it.each<[Direction, number | null, number | null, boolean]>([
    ['increase', 30, 30, true],
    ['increase', 30, 31, true],
    ['increase', 30, 29.9, false],
    ['increase', 30, 0, false],
    ['decrease', 20, 20, true],
    ['decrease', 20, 19, true],
    ['decrease', 20, 21, false],
    ['decrease', 20, 40, false],
    ['increase', null, 30, false],
    ['decrease', 20, null, false],
  ])('%s, target %s, value %s: %s', (direction, target, value, met) => {
    expect(targetWasMet(direction, target, value)).toBe(met);
  });
});
