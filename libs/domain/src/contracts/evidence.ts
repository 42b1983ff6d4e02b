import type { Aggregation, Direction, IndicatorKind, IndicatorUnit, Phase } from '../enums';
import type { ComparisonRow, ComparisonTotals } from '../evidence-comparison';
import type { ComparisonSort } from '../evidence-sorting';

/** One shared definition of the lab compared across the projects whose indicators adopt it. */
export interface ComparedDefinition {
  id: number;
  name: string;
  kind: IndicatorKind;
  unit: IndicatorUnit;
  direction: Direction;
  aggregation: Aggregation;
  /** How many projects' indicators adopt it in the scope; `rows` holds the page asked of them, in the order asked. */
  rowCount: number;
  rows: ComparisonRow[];
  totals: ComparisonTotals;
}

/** GET /api/evidence: "wat werkt", the lab's shared definitions compared across its projects through a quarter. */
export interface EvidenceComparison {
  lab: { id: number; name: string; smallNumberThreshold: number };
  quarter: string;
  filters: { definition: number | null; theme: number | null; district: number | null; phase: Phase | null };
  /** The order of every definition's rows. */
  sort: ComparisonSort;
  /** The rows of each definition answered, as inclusive offsets; null in the files, which hold every row. */
  range: [number, number] | null;
  definitions: ComparedDefinition[];
}

/**
 * The quarterly report's "wat werkt per thema": the comparison of every shared definition over the projects of
 * one theme (a project with several themes is in each), every row, best progress first. Projects without a
 * theme come last under `themeId` null. Themes and definitions no project adopts are left out.
 */
export interface EvidenceThemeSection {
  themeId: number | null;
  themeName: string;
  definitions: ComparedDefinition[];
}
