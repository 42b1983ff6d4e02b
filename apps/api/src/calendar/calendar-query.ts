import { compareQuarters, DomainError, isQuarter, quarterOutside, quarterRange, quarterWindow, todayIso, windowWords } from '@lab/domain';

// The query parameters of GET /api/reports/calendar. Each is checked before the lab is looked up, so that
// every malformed parameter is a 400 whatever the lab; the first problem found is the answer.

export interface CalendarQuery {
  /** The lab's id; null for the first lab. */
  lab: number | null;
  from: string | null;
  to: string | null;
}

/** The widest calendar one request may ask for: ten years. */
const MAX_CALENDAR_QUARTERS = 40;
const INT4_MAX = 2147483647;

function invalid(field: string, message: string): DomainError {
  return new DomainError('VALIDATION_FAILED', `${field} ${message}.`, { errors: { [field]: message } });
}

/** A quarter, inside the window any request may name (the lab's own, narrower window is checked once the lab is read). */
function quarter(field: string, value: unknown, today: string): string | null {
  if (value === undefined) return null;
  if (!isQuarter(value)) throw invalid(field, 'must be a quarter like 2016-Q3');
  if (quarterOutside(value, quarterWindow(today))) throw invalid(field, windowWords('quarter', quarterWindow(today)));
  return value;
}

/** ?lab=&from=&to= */
export function parseCalendarQuery(query: { lab?: unknown; from?: unknown; to?: unknown }, today = todayIso()): CalendarQuery {
  const to = quarter('to', query.to, today);
  const from = quarter('from', query.from, today);
  if (query.lab === undefined) return { lab: null, from, to };
  if (typeof query.lab !== 'string' || !/^\d{1,10}$/.test(query.lab) || Number(query.lab) < 1 || Number(query.lab) > INT4_MAX) {
    throw invalid('lab', 'must be a lab id (a positive whole number)');
  }
  return { lab: Number(query.lab), from, to };
}

/** The quarters from `from` through `to`; a 400 naming the parameter to change if they run backwards or span too many. */
export function calendarQuarters(from: string, to: string): string[] {
  if (compareQuarters(from, to) > 0) throw invalid('to', `comes before from (${from}): give a later quarter`);
  const quarters = quarterRange(from, to);
  if (quarters.length > MAX_CALENDAR_QUARTERS) throw invalid('from', `spans ${quarters.length} quarters: ask for at most ${MAX_CALENDAR_QUARTERS}`);
  return quarters;
}
