import { parseValue, rowErrors } from './validation';

const row = (value: string, evidenceUrl = '') => ({ value, note: '', evidenceUrl });

describe('quarterly entry validation', () => {
  it.each([
    ['12', 12], ['7,5', 7.5], ['7.5', 7.5], ['', null], [' 3 ', 3], ['-2', -2],
  ])('reads %j as %j', (text, expected) => {
    expect(parseValue(text)).toBe(expected);
  });

  it('refuses what is not a number', () => {
    expect(parseValue('twaalf')).toBeNaN();
    expect(rowErrors(row('twaalf'), 'score', false).value).toBe('quarters.validation.number');
  });

  it.each([
    ['percent', '0', undefined], ['percent', '100', undefined], ['percent', '100,5', 'resources.measurements.validation.percent'],
    ['percent', '-1', 'resources.measurements.validation.percent'], ['count', '3', undefined], ['count', '3,5', 'resources.measurements.validation.count'],
    ['count', '-1', 'resources.measurements.validation.count'], ['score', '-1,5', undefined],
  ] as const)('a %s of %j: %s', (unit, value, error) => {
    expect(rowErrors(row(value), unit, false).value).toBe(error);
  });

  it('asks for every value only when submitting', () => {
    expect(rowErrors(row(''), 'count', false)).toEqual({});
    expect(rowErrors(row(''), 'count', true).value).toBe('quarters.validation.required');
  });

  it('checks the evidence link', () => {
    expect(rowErrors(row('1', 'rapport.pdf'), 'count', false).evidenceUrl).toBe('resources.measurements.validation.url');
    expect(rowErrors(row('1', 'https://example.org/r.pdf'), 'count', false).evidenceUrl).toBeUndefined();
  });
});
