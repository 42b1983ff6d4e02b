import { QUARTER_PATTERN, addQuarters, quarterOfDate, quarterRange } from '@lab/domain';
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
