import { fieldErrorCode } from './field-errors';
import {
  cellText, figureOf, FILE_WORDS, formulaProblem, healthOf, importCounts, sheetNameOf, templateProblem, TEMPLATE_KIND, TEMPLATE_VERSION,
  type ExpectedTemplate, type TemplateMeta,
} from './quarter-import';

const meta = (extra: Partial<TemplateMeta> = {}): TemplateMeta => ({
  kind: TEMPLATE_KIND, version: TEMPLATE_VERSION, scope: 'project', labId: 1, period: '2016-Q3',
  projects: [{ projectId: 3, projectCode: 'MW-03', sheet: 'MW-03' }], ...extra,
});
const project: ExpectedTemplate = { scope: 'project', labId: 1, period: '2016-Q3', projectId: 3, projectCode: 'MW-03' };
const lab: ExpectedTemplate = { scope: 'lab', labId: 1, period: '2016-Q3' };

describe('templateProblem', () => {
  it.each([
    ['the project\'s own template', meta(), project, null, null],
    ['no metadata', null, project, /^is not a quarter template/, 'not_template'],
    ['another kind of file', meta({ kind: 'other' }), project, /^is not a quarter template/, 'not_template'],
    ['an older version', meta({ version: TEMPLATE_VERSION - 1 }), project, /^is an older template \(version 0\)/, 'template_outdated'],
    ['no version', meta({ version: null }), project, /^is an older template \(version unknown\)/, 'template_outdated'],
    ['a newer version', meta({ version: TEMPLATE_VERSION + 1 }), project, /^is a newer template \(version 2\)/, 'template_newer'],
    ['another quarter', meta({ period: '2016-Q2' }), project, /^is the template of 2016-Q2, not of 2016-Q3/, 'template_other_quarter'],
    ['another project', meta({ projects: [{ projectId: 4, projectCode: 'MW-04', sheet: 'MW-04' }] }), project, /^is the template of project MW-04, not of MW-03/, 'template_other_project'],
    ['a lab\'s at a project', meta({ scope: 'lab' }), project, /^is the template of a whole lab/, 'template_of_lab'],
    ['the lab\'s own', meta({ scope: 'lab' }), lab, null, null],
    ['another lab\'s', meta({ scope: 'lab', labId: 2 }), lab, /^is the template of another lab \(id 2\)/, 'template_other_lab'],
    ['a project\'s at the lab', meta(), lab, /^is the template of one project/, 'template_of_project'],
  ] as const)('%s', (_name, m, expected, words, code) => {
    const problem = templateProblem(m, expected);
    if (words === null) expect(problem).toBeNull();
    else {
      expect(problem).toMatch(words);
      expect(fieldErrorCode('file', problem!)?.code).toBe(code);
    }
  });

  it('checks the version before anything else: an older layout is not read further', () => {
    expect(templateProblem(meta({ version: 0, period: '2010-Q1' }), project)).toMatch(/older template/);
  });
});

describe('cells', () => {
  it.each([
    [12, 12], [12.5, 12.5], ['12,5', 12.5], [' 12.5 ', 12.5], ['-3', -3], ['1 250', 1250], ['', null], [null, null], [undefined, null],
    ['twaalf', 'twaalf'], ['1.250,5', '1.250,5'], [Number.NaN, 'NaN'], [{ richText: [{ text: '4' }, { text: '2' }] }, 42],
  ])('figureOf(%p) is %p', (cell, figure) => {
    expect(figureOf(cell)).toEqual(figure);
  });

  it.each([
    ['Op koers', 'on_track'], ['risico', 'at_risk'], ['Off track', 'off_track'], ['at_risk', 'at_risk'], ['prima', 'prima'], [null, null],
  ])('healthOf(%p) is %p', (cell, health) => {
    expect(healthOf(cell)).toBe(health);
  });

  it('reads text from rich text, hyperlinks and dates', () => {
    expect(cellText({ text: 'bewijs', hyperlink: 'https://example.org/a.pdf' })).toBe('https://example.org/a.pdf');
    expect(cellText(new Date('2016-07-01T00:00:00Z'))).toBe('2016-07-01');
    expect(cellText('  ')).toBeNull();
  });
});

describe('words and codes', () => {
  it.each([
    [FILE_WORDS.missing, 'file_required'], [FILE_WORDS.notXlsx, 'not_xlsx'], [FILE_WORDS.tooLarge, 'file_too_large'],
    [FILE_WORDS.unexpected, 'file_unexpected'], [FILE_WORDS.unreadable, 'upload_unreadable'], [FILE_WORDS.notAProject(7), 'template_project_not_in_lab'],
    [FILE_WORDS.sheetMissing('MW-03'), 'template_sheet_missing'], [formulaProblem('MW-03', 'G8'), 'cell_formula'],
  ])('"%s" is %s', (words, code) => {
    expect(fieldErrorCode('file', words)?.code).toBe(code);
  });

  it('counts rows per state', () => {
    expect(importCounts([{ state: 'new' }, { state: 'new' }, { state: 'refused' }])).toEqual({ new: 2, changed: 0, unchanged: 0, empty: 0, refused: 1 });
  });

  it('names sheets after the project code, unique and within Excel\'s rules', () => {
    expect(sheetNameOf('MW-01')).toBe('MW-01');
    expect(sheetNameOf('A/B:C')).toBe('A-B-C');
    expect(sheetNameOf('meta')).toBe('meta-2');
    expect(sheetNameOf('MW-01', new Set(['mw-01']))).toBe('MW-01-2');
    expect(sheetNameOf('X'.repeat(40))).toHaveLength(31);
  });
});
