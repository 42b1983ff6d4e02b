import type { Dimension, Parts } from './breakdowns';

// The tracker holds aggregates only, but "3 people in Weesp" can point at a person. Every output meant for
// a wider audience (the council's report in each format, frozen versions, the comparison, list exports)
// shows a count below the lab's threshold as "< 5", and where a hidden cell could be worked out from the
// total and the other cells, hides a second one too, as Statistics Netherlands does (secondary suppression).
// Zero stays visible: "nobody" points at no one. Counts are what the lab counts: people (unit `count`).
// The team's own entry screen shows their real figures.

export const DEFAULT_SMALL_NUMBER_THRESHOLD = 5;

/** Why a cell is not shown: below the threshold itself, or hidden so that a small one cannot be worked out. */
export type HiddenReason = 'small' | 'secondary';

export interface ShownCell {
  code: string;
  label: string;
  /** Null when hidden. */
  value: number | null;
  hidden: HiddenReason | null;
}

export interface ShownPartSet {
  key: string;
  name: string;
  cells: ShownCell[];
}

export interface ShownBreakdown {
  /** Null when the total itself is hidden. */
  value: number | null;
  hidden: HiddenReason | null;
  parts: ShownPartSet[];
}

/** Whether a figure of this unit is below the threshold and not zero. */
export function isSmallCount(unit: string, value: number | null | undefined, threshold: number): boolean {
  return unit === 'count' && value !== null && value !== undefined && value > 0 && value < threshold;
}

/** How a hidden figure reads in every format: "< 5". */
export function hiddenWords(threshold: number): string {
  return `< ${threshold}`;
}

/** A report line's figure as an output prints it: the number, or "< 5" where it is hidden. */
export function figureOrHidden<F extends string>(line: { hidden: readonly string[] } & Record<F, number | null>, field: F, threshold: number): number | string | null {
  return (line.hidden ?? []).includes(field) ? hiddenWords(threshold) : line[field];
}

/**
 * A measurement's value and parts as a wider audience may see them. For a `sum` indicator whose total is
 * shown, a set with exactly one hidden cell also hides its smallest other non-zero cell (or, lacking one, its
 * smallest other cell), so that total minus the rest gives nothing away. Other aggregations' parts do not add
 * up to the value, so their small cells are hidden alone.
 */
export function suppressBreakdown(input: {
  value: number | null;
  parts: Parts | null;
  dimensions: readonly Dimension[];
  unit: string;
  aggregation: string;
  threshold: number;
}): ShownBreakdown {
  const { unit, threshold } = input;
  const totalHidden = isSmallCount(unit, input.value, threshold);
  const parts: ShownPartSet[] = [];
  for (const d of input.dimensions) {
    const cells = input.parts?.[d.key];
    if (!cells) continue;
    const shown: ShownCell[] = d.values.map((v) => {
      const value = cells[v.code] ?? 0;
      const hidden = isSmallCount(unit, value, threshold) ? 'small' as const : null;
      return { code: v.code, label: v.label, value: hidden ? null : value, hidden };
    });
    const hiddenCount = shown.filter((c) => c.hidden).length;
    if (unit === 'count' && input.aggregation === 'sum' && !totalHidden && hiddenCount === 1) {
      const open = shown.filter((c) => !c.hidden);
      const pick = [...open].sort((a, b) => rank(a.value!) - rank(b.value!) || a.value! - b.value!)[0];
      if (pick) Object.assign(pick, { value: null, hidden: 'secondary' });
    }
    parts.push({ key: d.key, name: d.name, cells: shown });
  }
  return { value: totalHidden ? null : input.value, hidden: totalHidden ? 'small' : null, parts };
}

// A zero cell is hidden second only when there is no non-zero one: hiding a zero protects less.
const rank = (v: number) => (v > 0 ? 0 : 1);
