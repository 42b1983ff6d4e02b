import type { ComparedIndicator } from './evidence-comparison';
import { evidenceByTheme, NO_THEME_NL, type ThemedIndicator } from './evidence-themes';

const fact = (projectCode: string, themeIds: number[], values: number[], extra: Partial<ComparedIndicator> = {}): ThemedIndicator => ({
  projectId: Number(projectCode.slice(-1)), projectCode, projectTitle: projectCode, phase: 'experiment', budgetCents: null,
  indicatorId: Number(projectCode.slice(-1)) * 10, indicatorName: 'x', unit: 'count', direction: 'increase', aggregation: 'sum',
  baseline: 0, target: 100, approved: values.map((value, n) => ({ period: `2017-Q${n + 1}`, value })), latestPeopleMeasured: null,
  design: 'none', source: null, validatedBy: null, criteria: null, themeIds, ...extra,
});
const work = { id: 1, name: 'Werk', kind: 'outcome' as const, unit: 'count' as const, direction: 'increase' as const, aggregation: 'sum' as const };
const score = { id: 2, name: 'Regie', kind: 'outcome' as const, unit: 'score' as const, direction: 'increase' as const, aggregation: 'average' as const };
const themes = [{ id: 7, name: 'Armoede' }, { id: 3, name: 'Werk en inkomen' }, { id: 9, name: 'Leeg' }];

describe('wat werkt per thema', () => {
  const adopting: Record<number, ThemedIndicator[]> = {
    1: [fact('MW-1', [7], [10, 20]), fact('MW-2', [7, 3], [30, 40]), fact('MW-3', [], [2])],
    2: [fact('MW-2', [7, 3], [6, 8], { unit: 'score', aggregation: 'average', baseline: 5, target: 9 })],
  };
  const sections = evidenceByTheme(themes, [work, score], (id) => adopting[id] ?? [], '2017-Q2', 5);

  it('gives each theme in the order given, a project in each of its themes, then those without a theme; empty themes left out', () => {
    expect(sections.map((s) => [s.themeId, s.themeName])).toEqual([[7, 'Armoede'], [3, 'Werk en inkomen'], [null, NO_THEME_NL]]);
    expect(sections.map((s) => s.definitions.map((d) => [d.id, d.rows.map((r) => r.projectCode)]))).toEqual([
      [[1, ['MW-2', 'MW-1']], [2, ['MW-2']]],
      [[1, ['MW-2']], [2, ['MW-2']]],
      [[1, ['MW-3']]],
    ]);
  });

  it('totals each theme over its own projects only, with the small counts hidden', () => {
    const [armoede, werk, none] = sections;
    expect(armoede!.definitions[0]!.totals).toMatchObject({ projects: 2, withValue: 2, sum: 100 });
    expect(werk!.definitions[0]!.totals).toMatchObject({ projects: 1, sum: 70 });
    expect(none!.definitions[0]!.rows[0]!.figure).toBe('< 5');
    expect(none!.definitions[0]!.totals.sum).toBe('< 5');
    expect(armoede!.definitions[0]!.rowCount).toBe(2);
  });
});
