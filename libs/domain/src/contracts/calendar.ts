// The reporting calendar: GET /api/reports/calendar.
import type { Phase } from '../enums';
import type { ReportingState, StatusUpdateState } from '../reporting-calendar';
import type { Window } from '../spans';

export interface CalendarCell {
  period: string;
  dueDate: string;
  state: ReportingState;
  statusUpdate: StatusUpdateState;
  measurements: { expected: number; missing: number; draft: number; submitted: number; returned: number; approved: number };
}

/** Per project and quarter what is due, submitted, approved, returned or overdue. */
export interface Calendar {
  labId: number;
  dueDays: number;
  today: string;
  /** The quarters this lab's calendar may be asked for (from, to): libs/domain spans.ts. */
  window: Window;
  quarters: string[];
  projects: { id: number; code: string; title: string; phase: Phase; cells: CalendarCell[] }[];
}
