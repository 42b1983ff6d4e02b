import type { Dimension } from './breakdowns';
import { hiddenWords, isSmallCount, suppressBreakdown } from './small-numbers';

const d: Dimension = {
  id: 1, key: 'stadsdeel', name: 'Stadsdeel',
  values: ['centrum', 'noord', 'oost', 'zuid'].map((code) => ({ code, label: code[0].toUpperCase() + code.slice(1) })),
};
const cells = (r: ReturnType<typeof suppressBreakdown>) => r.parts[0].cells.map((c) => c.hidden ? `${c.code}:${c.hidden}` : `${c.code}=${c.value}`);

describe('small numbers', () => {
  it.each([
    // value, its cells (centrum, noord, oost, zuid), aggregation, threshold → what is shown
    ['nothing small', 40, [10, 10, 10, 10], 'sum', 5, ['centrum=10', 'noord=10', 'oost=10', 'zuid=10']],
    ['one small cell hides the smallest other too', 40, [3, 20, 9, 8], 'sum', 5, ['centrum:small', 'noord=20', 'oost=9', 'zuid:secondary']],
    ['two small cells protect each other', 40, [3, 4, 13, 20], 'sum', 5, ['centrum:small', 'noord:small', 'oost=13', 'zuid=20']],
    ['zero is shown and not picked while a non-zero cell is left', 30, [2, 0, 8, 20], 'sum', 5, ['centrum:small', 'noord=0', 'oost:secondary', 'zuid=20']],
    ['only zeros left: a zero is hidden second', 3, [3, 0, 0, 0], 'sum', 5, ['centrum:small', 'noord=0', 'oost=0', 'zuid=0']],
    ['a threshold of 10', 40, [6, 9, 12, 13], 'sum', 10, ['centrum:small', 'noord:small', 'oost=12', 'zuid=13']],
    ['a threshold of 1 hides nothing', 40, [1, 2, 17, 20], 'sum', 1, ['centrum=1', 'noord=2', 'oost=17', 'zuid=20']],
    ['parts of a latest count do not add up: no second cell', 40, [3, 20, 9, 8], 'latest', 5, ['centrum:small', 'noord=20', 'oost=9', 'zuid=8']],
  ])('%s', (_name, value, values, aggregation, threshold, expected) => {
    const parts = { stadsdeel: Object.fromEntries(d.values.map((v, i) => [v.code, values[i]])) };
    const shown = suppressBreakdown({ value, parts, dimensions: [d], unit: 'count', aggregation, threshold });
    if (value === 3) {
      // The total is small itself: it is hidden, and with it no cell can be worked out from it.
      expect(shown).toMatchObject({ value: null, hidden: 'small' });
    } else {
      expect(shown).toMatchObject({ value, hidden: null });
    }
    expect(cells(shown)).toEqual(expected);
  });

  it('leaves other units alone', () => {
    const shown = suppressBreakdown({ value: 3, parts: { stadsdeel: { centrum: 1, noord: 2, oost: 0, zuid: 0 } }, dimensions: [d], unit: 'percent', aggregation: 'average', threshold: 5 });
    expect(shown.value).toBe(3);
    expect(cells(shown)).toEqual(['centrum=1', 'noord=2', 'oost=0', 'zuid=0']);
  });

  it('reads "< 5"', () => {
    expect(hiddenWords(5)).toBe('< 5');
    expect([isSmallCount('count', 4, 5), isSmallCount('count', 0, 5), isSmallCount('count', 5, 5), isSmallCount('euro', 4, 5)]).toEqual([true, false, false, false]);
  });
});
