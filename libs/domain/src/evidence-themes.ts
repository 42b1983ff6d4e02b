import type { ComparedDefinition, EvidenceThemeSection } from './contracts/evidence';
import type { Aggregation, IndicatorUnit } from './enums';
import { compareDefinition, type ComparedIndicator } from './evidence-comparison';
import { DEFAULT_COMPARISON_SORT, sortComparisonRows } from './evidence-sorting';

/** A compared indicator with the themes of its project. */
export type ThemedIndicator = ComparedIndicator & { themeIds: readonly number[] };

/** The words of the section for projects without a theme. */
export const NO_THEME_NL = 'Zonder thema';

type Definition = Omit<ComparedDefinition, 'rows' | 'totals' | 'rowCount'> & { unit: IndicatorUnit; aggregation: Aggregation };

/**
 * "Wat werkt" per theme, as the quarterly report shows it: the same comparison as GET /api/evidence with a
 * theme filter, for each of the lab's themes in the order given, then the projects without one.
 */
export function evidenceByTheme(
  themes: readonly { id: number; name: string }[], definitions: readonly Definition[], adopting: (definitionId: number) => readonly ThemedIndicator[],
  period: string, threshold: number,
): EvidenceThemeSection[] {
  const section = (themeId: number | null, themeName: string, inTheme: (f: ThemedIndicator) => boolean): EvidenceThemeSection => ({
    themeId, themeName,
    definitions: definitions.flatMap((d) => {
      const list = adopting(d.id).filter(inTheme);
      if (list.length === 0) return [];
      const compared = compareDefinition(d, list, period, threshold);
      return [{ ...compared, rowCount: compared.rows.length, rows: sortComparisonRows(compared.rows, DEFAULT_COMPARISON_SORT) }];
    }),
  });
  return [
    ...themes.map((t) => section(t.id, t.name, (f) => f.themeIds.includes(t.id))),
    section(null, NO_THEME_NL, (f) => f.themeIds.length === 0),
  ].filter((s) => s.definitions.length > 0);
}
