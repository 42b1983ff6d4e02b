import { addDays, compareIsoDates } from './dates';
import type { Language } from './notifications';
import { addQuarters, quarterOfDate, quarterRange } from './quarter';
import { reportingDueDate } from './reporting-calendar';
import { NO_ACTIVITY, reportsInQuarter, type QuarterActivity, type ReportingProject } from './reporting-due';

/**
 * A user's personal calendar feed (ICS): the due dates of their projects' quarterly reports and their projects'
 * open milestones, as all-day events. The feed is bounded: quarters from four back to four ahead of the current
 * one (due dates about a year back to a year ahead), milestones due within a year of today, at most
 * MAX_FEED_EVENTS events.
 */

/** Quarters before and after the current one whose due dates the feed carries. */
export const FEED_QUARTERS_AROUND = 4;
/** Days before and after today within which an open milestone's due date lies to be in the feed. */
export const FEED_MILESTONE_DAYS = 366;
/** The most events one feed holds (the nearest to today win). */
export const MAX_FEED_EVENTS = 2000;

/** A secret feed token: 32 random bytes, base64url without padding. */
export const FEED_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export interface FeedProject extends ReportingProject {
  id: number;
  code: string;
  title: string;
  dueDays: number;
}

export interface FeedMilestone {
  id: number;
  projectId: number;
  projectCode: string;
  title: string;
  dueDate: string;
}

export interface FeedEvent {
  /** Stable across fetches: a calendar updates the event instead of adding a copy. */
  uid: string;
  kind: 'report_due' | 'milestone';
  /** The all-day date (an Amsterdam calendar day). */
  date: string;
  summary: string;
  description: string;
  /** The dashboard path the event links to. */
  path: string;
}

/** The quarters whose due dates a feed carries on `today`. */
export function feedQuarters(today: string): string[] {
  const current = quarterOfDate(today);
  return quarterRange(addQuarters(current, -FEED_QUARTERS_AROUND), addQuarters(current, FEED_QUARTERS_AROUND));
}

const WORDS = {
  nl: {
    report: (code: string, period: string) => `Kwartaalrapportage ${code} ${period} inleveren`,
    reportText: (p: FeedProject, period: string, due: string) =>
      `De rapportage van ${p.code} ${p.title} over ${period} moet uiterlijk ${due} binnen zijn.`,
    milestone: (m: FeedMilestone) => `Mijlpaal ${m.projectCode}: ${m.title}`,
    milestoneText: (m: FeedMilestone) => `De mijlpaal "${m.title}" van ${m.projectCode} moet uiterlijk ${m.dueDate} af zijn.`,
    open: 'Openen',
  },
  en: {
    report: (code: string, period: string) => `Quarterly report ${code} ${period} due`,
    reportText: (p: FeedProject, period: string, due: string) => `The report of ${p.code} ${p.title} for ${period} is due on ${due}.`,
    milestone: (m: FeedMilestone) => `Milestone ${m.projectCode}: ${m.title}`,
    milestoneText: (m: FeedMilestone) => `The milestone "${m.title}" of ${m.projectCode} is due on ${m.dueDate}.`,
    open: 'Open',
  },
} as const;

/**
 * The feed's events: a report due date per project and quarter it reports in (reportsInQuarter, the calendar's
 * own rule), and each open milestone within the window; `link` turns a dashboard path into a full address.
 */
export function feedEvents(input: {
  today: string;
  language: Language;
  projects: readonly FeedProject[];
  /** What was handed in per project and quarter, keyed `<projectId>/<period>`. */
  activity: ReadonlyMap<string, QuarterActivity>;
  milestones: readonly FeedMilestone[];
  link: (path: string) => string;
}): FeedEvent[] {
  const w = WORDS[input.language];
  const events: FeedEvent[] = [];
  const quarters = feedQuarters(input.today);
  for (const p of input.projects) {
    for (const period of quarters) {
      if (!reportsInQuarter(p, period, input.activity.get(`${p.id}/${period}`) ?? NO_ACTIVITY)) continue;
      const date = reportingDueDate(period, p.dueDays);
      const path = `/projects/${p.id}/quarters/${period}`;
      events.push({
        uid: `report-${p.id}-${period}`, kind: 'report_due', date, path,
        summary: w.report(p.code, period),
        description: `${w.reportText(p, period, date)}\n${w.open}: ${input.link(path)}`,
      });
    }
  }
  const first = addDays(input.today, -FEED_MILESTONE_DAYS);
  const last = addDays(input.today, FEED_MILESTONE_DAYS);
  for (const m of input.milestones) {
    if (compareIsoDates(m.dueDate, first) < 0 || compareIsoDates(m.dueDate, last) > 0) continue;
    const path = `/milestones/${m.id}/show`;
    events.push({
      uid: `milestone-${m.id}`, kind: 'milestone', date: m.dueDate, path,
      summary: w.milestone(m),
      description: `${w.milestoneText(m)}\n${w.open}: ${input.link(path)}`,
    });
  }
  const distance = (e: FeedEvent) => Math.abs(Date.parse(e.date) - Date.parse(input.today));
  const kept = events.length > MAX_FEED_EVENTS ? [...events].sort((a, b) => distance(a) - distance(b)).slice(0, MAX_FEED_EVENTS) : events;
  return kept.sort((a, b) => compareIsoDates(a.date, b.date) || a.uid.localeCompare(b.uid));
}
