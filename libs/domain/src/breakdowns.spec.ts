import { dimensionValuesProblems, droppedCodes, normaliseParts, partsProblems, type Dimension } from './breakdowns';

const stadsdeel: Dimension = { id: 1, key: 'stadsdeel', name: 'Stadsdeel', values: [{ code: 'centrum', label: 'Centrum' }, { code: 'noord', label: 'Noord' }] };
const doelgroep: Dimension = { id: 2, key: 'doelgroep', name: 'Doelgroep', values: [{ code: 'jong', label: '18–26' }, { code: 'oud', label: '27+' }] };
const dims = [stadsdeel, doelgroep];

describe('partsProblems', () => {
  it.each([
    ['no parts', undefined, dims, 'sum', {}],
    ['empty parts', {}, [], 'sum', {}],
    ['parts that add up', { stadsdeel: { centrum: 4, noord: 6 } }, dims, 'sum', {}],
    ['both dimensions adding up', { stadsdeel: { centrum: 4, noord: 6 }, doelgroep: { jong: 10, oud: 0 } }, dims, 'sum', {}],
    ['parts of an average need not add up', { stadsdeel: { centrum: 40, noord: 60 } }, dims, 'average', {}],
    ['parts on an indicator without breakdown', { stadsdeel: { centrum: 10 } }, [], 'sum', { parts: expect.stringMatching(/^are given, but this indicator has no breakdown/) }],
    ['not an object', [1, 2], dims, 'sum', { parts: expect.stringMatching(/^must be an object/) }],
    ['a dimension the indicator is not broken down by', { wet: { wmo: 10 } }, dims, 'sum', { 'parts.wet': 'is not a breakdown of this indicator: it is broken down by stadsdeel, doelgroep' }],
    ['a value outside its dimension', { stadsdeel: { centrum: 4, noord: 6, weesp: 0 } }, dims, 'sum', { 'parts.stadsdeel.weesp': 'is not a value of stadsdeel: its values are centrum, noord' }],
    ['a missing value', { stadsdeel: { centrum: 10 } }, dims, 'sum', { 'parts.stadsdeel': 'misses noord: give a figure for every value of stadsdeel, 0 where there is none' }],
    ['parts short of the total', { stadsdeel: { centrum: 4, noord: 1 } }, dims, 'sum', { 'parts.stadsdeel': 'adds up to 5, 5 less than the value 10: the parts of a sum indicator add up to its value' }],
    ['a fraction of a count', { stadsdeel: { centrum: 4, noord: 7.5 } }, dims, 'sum', { 'parts.stadsdeel.noord': 'must be a whole number, 0 or more (a count)' }],
    ['a negative count', { stadsdeel: { centrum: 11, noord: -1 } }, dims, 'sum', { 'parts.stadsdeel.noord': 'must be a whole number, 0 or more (a count)' }],
    ['a text', { stadsdeel: { centrum: '4', noord: 6 } }, dims, 'sum', { 'parts.stadsdeel.centrum': 'must be a number' }],
    ['cells not an object', { stadsdeel: 10 }, dims, 'sum', { 'parts.stadsdeel': 'must be an object of a figure per value of stadsdeel, like {"centrum": 12}' }],
  ])('%s', (_name, parts, dimensions, aggregation, expected) => {
    expect(partsProblems({ parts, dimensions, value: 10, unit: 'count', aggregation: aggregation as 'sum' })).toEqual(expected);
  });

  it('names the difference when parts exceed the total', () => {
    expect(partsProblems({ parts: { stadsdeel: { centrum: 8, noord: 5 } }, dimensions: dims, value: 10, unit: 'count', aggregation: 'sum' }))
      .toEqual({ 'parts.stadsdeel': 'adds up to 13, 3 more than the value 10: the parts of a sum indicator add up to its value' });
  });

  it('checks a percentage part against 0–100', () => {
    expect(partsProblems({ parts: { stadsdeel: { centrum: 120, noord: 50 } }, dimensions: dims, value: 60, unit: 'percent', aggregation: 'average' }))
      .toEqual({ 'parts.stadsdeel.centrum': 'must lie between 0 and 100 (a percentage)' });
  });

  it('does not take a prototype key for a dimension', () => {
    const parts = JSON.parse('{"__proto__": {"centrum": 1}}');
    expect(Object.keys(partsProblems({ parts, dimensions: dims, value: 1, unit: 'count', aggregation: 'sum' }))).toEqual(['parts.__proto__']);
  });
});

describe('normaliseParts', () => {
  it('orders by the dimensions and drops empty parts', () => {
    expect(normaliseParts({ doelgroep: { oud: 1, jong: 2 }, stadsdeel: { noord: 3, centrum: 0 } }, dims))
      .toEqual({ stadsdeel: { centrum: 0, noord: 3 }, doelgroep: { jong: 2, oud: 1 } });
    expect(Object.keys(normaliseParts({ doelgroep: { oud: 1, jong: 2 }, stadsdeel: { noord: 3, centrum: 0 } }, dims)!)).toEqual(['stadsdeel', 'doelgroep']);
    expect(normaliseParts({}, dims)).toBeNull();
    expect(normaliseParts(null, dims)).toBeNull();
  });
});

describe('dimension values', () => {
  it('wants well-formed, unique codes', () => {
    expect(dimensionValuesProblems([{ code: 'centrum' }, { code: 'Nieuw-West' }, { code: 'centrum' }])).toEqual({
      'values.1.code': 'must be lower-case letters, digits, - or _, starting with a letter, like nieuw-west or age_18_26',
      'values.2.code': 'appears twice: each value of a dimension has its own code',
    });
  });
  it('names the codes a new list drops', () => {
    expect(droppedCodes(stadsdeel.values, [{ code: 'centrum', label: 'C' }])).toEqual(['noord']);
  });
});
