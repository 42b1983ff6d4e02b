import { overallFigure } from './aggregation';
import type { Aggregation, Direction, IndicatorUnit, Phase } from './enums';
import type { DefinitionTerms } from './indicator-definitions';
import { evidenceLevel, type EvidenceDesign, type EvidenceLevelNumber, type EvidenceSource } from './evidence-level';
import { indicatorProgress } from './indicator-progress';
import { roundTo } from './report-figures';
import { hiddenWords, isSmallCount } from './small-numbers';

// "Wat werkt": the lab's shared definitions compared across the projects that adopt them. Per definition a
// row per project (latest approved value, progress toward the target in force, the trend of the last four
// quarters, the evidence level, success criteria met, phase and cost per outcome), and lab totals only where
// adding up is sound: the sum of a `sum` definition's figures; levels, averages and progress as ranges.
// Counts of people below the lab's threshold are hidden as in every output beyond a team.

/** What the comparison knows of one project's indicator adopting a definition, through the quarter asked. */
export interface ComparedIndicator {
  projectId: number;
  projectCode: string;
  projectTitle: string;
  phase: Phase;
  budgetCents: number | null;
  indicatorId: number;
  indicatorName: string;
  unit: IndicatorUnit;
  direction: Direction;
  aggregation: Aggregation;
  baseline: number | null;
  /** The target in force in the quarter (revisions taken into account). */
  target: number | null;
  /** Approved values through the quarter, in period order, with their periods. */
  approved: { period: string; value: number }[];
  /** People measured in the latest approved quarter. */
  latestPeopleMeasured: number | null;
  design: EvidenceDesign;
  source: EvidenceSource | null;
  validatedBy: string | null;
  /** The project's success criteria fixed at the experiment gate: how many, and how many approved data meet; null without. */
  criteria: { met: number; total: number } | null;
}

/** A figure as the comparison shows it: the number, or hidden ("< 5"). */
export type Shown = number | string | null;

export interface ComparisonRow {
  projectId: number;
  projectCode: string;
  projectTitle: string;
  phase: Phase;
  indicatorId: number;
  indicatorName: string;
  /** The latest approved value through the quarter and its quarter; null without one. */
  latest: { period: string; value: Shown } | null;
  /** The overall figure (the indicator's aggregation over its approved values). */
  figure: Shown;
  target: number | null;
  /** (figure − baseline) / (target − baseline), direction-aware, 4 decimals; null when meaningless or hidden. */
  progress: number | null;
  /** The approved values of the quarter and the three before it, oldest first (null: none approved). */
  trend: { period: string; value: Shown }[];
  evidenceLevel: EvidenceLevelNumber;
  evidenceLabel: { nl: string; en: string };
  criteria: { met: number; total: number } | null;
  /** For a count, the project's budget per unit of approved outcome above the baseline, in cents; null otherwise or when there is none. */
  costPerOutcomeCents: number | null;
}

export interface ComparisonTotals {
  /** Projects compared, and how many have an approved value. */
  projects: number;
  withValue: number;
  /** The lab-wide sum of the figures: only for a `sum` definition (flows add up), and hidden when small. */
  sum: Shown;
  /** Ranges where adding up is not sound. */
  figureRange: { min: Shown; max: Shown } | null;
  progressRange: { min: number; max: number } | null;
  levelRange: { min: EvidenceLevelNumber; max: EvidenceLevelNumber };
}

const range = <T extends number>(values: T[]): { min: T; max: T } | null =>
  values.length ? { min: values.reduce((a, b) => (b < a ? b : a)), max: values.reduce((a, b) => (b > a ? b : a)) } : null;

/** The quarters `period` and the three before it, oldest first. */
export function trendQuarters(period: string): string[] {
  const [y, q] = [Number(period.slice(0, 4)), Number(period.slice(6))];
  return [3, 2, 1, 0].map((back) => {
    const n = y * 4 + (q - 1) - back;
    return `${Math.floor(n / 4)}-Q${(n % 4) + 1}`;
  });
}

/** Outcome above the baseline, direction-aware; null without a baseline or a figure. */
function outcomeAbove(f: ComparedIndicator, figure: number | null): number | null {
  if (figure === null || f.baseline === null) return null;
  return f.direction === 'decrease' ? f.baseline - figure : figure - f.baseline;
}

export function comparisonRow(f: ComparedIndicator, period: string, threshold: number): ComparisonRow {
  const show = (v: number | null): Shown => (isSmallCount(f.unit, v, threshold) ? hiddenWords(threshold) : v === null ? null : roundTo(v, 4));
  const values = f.approved.map((a) => a.value);
  const figure = overallFigure(f.aggregation, values);
  const last = f.approved.at(-1) ?? null;
  const byPeriod = new Map(f.approved.map((a) => [a.period, a.value]));
  const progress = indicatorProgress({ baseline: f.baseline, target: f.target, direction: f.direction }, figure);
  const outcome = outcomeAbove(f, figure);
  const evidence = evidenceLevel({
    design: f.design, source: f.source, validatedBy: f.validatedBy, peopleMeasured: f.latestPeopleMeasured, approvedQuarters: f.approved.length,
  });
  const figureHidden = isSmallCount(f.unit, figure, threshold) || isSmallCount(f.unit, f.baseline, threshold);
  return {
    projectId: f.projectId, projectCode: f.projectCode, projectTitle: f.projectTitle, phase: f.phase,
    indicatorId: f.indicatorId, indicatorName: f.indicatorName,
    latest: last && { period: last.period, value: show(last.value) },
    figure: show(figure),
    target: f.target,
    // Progress with the target shown would give a hidden figure away.
    progress: figureHidden ? null : roundTo(progress, 4),
    trend: trendQuarters(period).map((q) => ({ period: q, value: show(byPeriod.get(q) ?? null) })),
    evidenceLevel: evidence.level,
    evidenceLabel: evidence.label,
    criteria: f.criteria,
    // Per person (or other unit counted): a budget per percentage point or score point says nothing.
    costPerOutcomeCents: f.unit === 'count' && f.budgetCents !== null && outcome !== null && outcome > 0 && !figureHidden ? Math.round(f.budgetCents / outcome) : null,
  };
}

/** The lab totals of one definition's rows: a sum only for a `sum` definition, ranges otherwise. */
export function comparisonTotals(facts: readonly ComparedIndicator[], rows: readonly ComparisonRow[], aggregation: Aggregation, unit: IndicatorUnit, threshold: number): ComparisonTotals {
  const figures = facts.map((f) => overallFigure(f.aggregation, f.approved.map((a) => a.value))).filter((v): v is number => v !== null);
  const sum = aggregation === 'sum' && figures.length ? roundTo(figures.reduce((a, b) => a + b, 0), 4)! : null;
  const shownFigures = rows.map((r) => r.figure).filter((v): v is number => typeof v === 'number');
  const levels = rows.map((r) => r.evidenceLevel);
  // With one project's figure hidden, the sum minus the others would give it away: the sum is hidden too.
  const oneHidden = rows.filter((r) => typeof r.figure === 'string').length === 1;
  return {
    projects: rows.length,
    withValue: rows.filter((r) => r.latest !== null).length,
    sum: sum !== null && (oneHidden || isSmallCount(unit, sum, threshold)) ? hiddenWords(threshold) : sum,
    // The range of the shown figures only: a hidden one is not given away as the minimum.
    figureRange: aggregation === 'sum' ? null : range(shownFigures),
    progressRange: range(rows.map((r) => r.progress).filter((v): v is number => v !== null)),
    levelRange: range(levels) ?? { min: 1, max: 1 },
  };
}


/** One definition compared across the indicators adopting it: a row each, and the lab totals over all of them. */
export function compareDefinition<D extends Pick<DefinitionTerms, 'unit' | 'aggregation'>>(
  d: D, adopting: readonly ComparedIndicator[], period: string, threshold: number,
): D & { rows: ComparisonRow[]; totals: ComparisonTotals } {
  const rows = adopting.map((f) => comparisonRow(f, period, threshold));
  return { ...d, rows, totals: comparisonTotals(adopting, rows, d.aggregation, d.unit, threshold) };
}
