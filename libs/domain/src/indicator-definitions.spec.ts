import { adoptedTerms, definitionChangeProblems, definitionDivergence, definitionLabProblem, type DefinitionTerms } from './indicator-definitions';

const DEF: DefinitionTerms = { name: 'Deelnemers aan betaald werk', unit: 'count', direction: 'increase', aggregation: 'sum' };

describe('definitionDivergence', () => {
  it.each<[string, Record<string, unknown>, Record<string, string>]>([
    ['nothing sent', {}, {}],
    ['the same values', { unit: 'count', direction: 'increase', aggregation: 'sum' }, {}],
    ['nulls (take the definition\'s)', { unit: null, direction: null }, {}],
    ['another unit', { unit: 'percent' }, { unit: "follows the definition 'Deelnemers aan betaald werk' (count); leave it out or use that value" }],
    ['another direction and aggregation', { direction: 'decrease', aggregation: 'latest' }, {
      direction: "follows the definition 'Deelnemers aan betaald werk' (increase); leave it out or use that value",
      aggregation: "follows the definition 'Deelnemers aan betaald werk' (sum); leave it out or use that value",
    }],
  ])('%s', (_what, sent, expected) => {
    expect(definitionDivergence(DEF, sent)).toEqual(expected);
  });

  it('leaves alone what an indicator keeps of its own', () => {
    expect(definitionDivergence(DEF, { baselineValue: 3, targetValue: 40, kind: 'output' } as never)).toEqual({});
    expect(adoptedTerms(DEF)).toEqual({ unit: 'count', direction: 'increase', aggregation: 'sum' });
  });
});

describe('definitionLabProblem', () => {
  it('accepts a definition of the project\'s lab and names definitionId otherwise', () => {
    expect(definitionLabProblem(1, 1, 'X')).toEqual({});
    expect(definitionLabProblem(1, 2, 'X')).toEqual({ definitionId: "is the definition 'X' of another lab: choose a definition of the project's own lab" });
  });
});

describe('definitionChangeProblems', () => {
  it.each<[string, Record<string, unknown>, number, string[]]>([
    ['locked fields changed, nobody adopts it', { unit: 'percent', aggregation: 'latest' }, 0, []],
    ['same values while adopted', { unit: 'count', direction: 'increase' }, 3, []],
    ['unit changed while adopted', { unit: 'percent' }, 3, ['unit']],
    ['direction and aggregation changed while adopted once', { direction: 'decrease', aggregation: 'average' }, 1, ['direction', 'aggregation']],
  ])('%s', (_what, after, adoptedBy, fields) => {
    expect(Object.keys(definitionChangeProblems(DEF, after, adoptedBy))).toEqual(fields);
  });

  it('says how many indicators adopt it', () => {
    expect(definitionChangeProblems(DEF, { unit: 'euro' }, 3).unit).toMatch(/^cannot change while 3 indicators adopt this definition/);
    expect(definitionChangeProblems(DEF, { unit: 'euro' }, 1).unit).toMatch(/^cannot change while 1 indicator adopts this definition/);
  });
});
