import { QUARTER_PATTERN, addQuarters, clampQuarter, compareQuarters, labQuarterWindow, quarterOfDate, quarterRange, todayIso } from '@lab/domain';
import { regex } from 'react-admin';

/** A reporting quarter like 2016-Q3 (the API refuses anything else). Status updates and target revisions both name one. */
export const validQuarter = regex(QUARTER_PATTERN, 'resources.status-updates.validation.quarter');

/** Updates are written after a quarter ends, so a new one defaults to the last completed quarter. */
export const lastCompletedQuarter = () => addQuarters(quarterOfDate(new Date()), -1);

/** The lab started in late 2015: every quarter since, newest first, as filter choices. */
export const quarterChoices = () =>
  quarterRange('2015-Q4', quarterOfDate(new Date()))
    .reverse()
    .map((q) => ({ id: q, name: q }));

type LabDates = { startDate?: string | null; endDate?: string | null };

/**
 * The quarters a lab's report may be asked for (its window: libs/domain spans.ts), up to the current one,
 * newest first: the API refuses the others.
 */
export const labQuarterChoices = (lab: LabDates): string[] => {
  const today = todayIso();
  const { from, to } = labQuarterWindow(lab, today);
  const current = quarterOfDate(today);
  return quarterRange(from, compareQuarters(to, current) < 0 ? to : current).reverse();
};

/** The report a lab page opens on: the last completed quarter, brought into the lab's window. */
export const defaultLabQuarter = (lab: LabDates | undefined): string =>
  lab ? clampQuarter(lastCompletedQuarter(), labQuarterWindow(lab, todayIso())) : lastCompletedQuarter();
