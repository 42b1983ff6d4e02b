import { isCents } from './money';

describe('isCents', () => {
  it.each<[unknown, boolean]>([
    [0, true],
    [1, true],
    [1_250_000_00, true],
    [Number.MAX_SAFE_INTEGER, true],
    [Number.MAX_SAFE_INTEGER + 1, false],
    [-1, false],
    [12.5, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
    ['100', false],
    [null, false],
    [undefined, false],
  ])('%s: %s', (value, valid) => {
    expect(isCents(value)).toBe(valid);
  });
});
