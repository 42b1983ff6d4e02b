import { addDays, compareIsoDates, daysBetween } from './dates';
import { addQuarters, quarterOfDate } from './quarter';
import { reportingDueDate } from './reporting-calendar';

/**
 * Notices to people: what kinds there are, how each user wants them, and the words they are sent in.
 * Every notice is a row of the outbox (`notifications`) with an idempotency key, so that a restart or a
 * second replica never sends one twice.
 */
export const NOTIFICATION_KINDS = ['measurement_returned', 'reminder_before_due', 'reminder_after_due', 'values_submitted', 'freeze_reminder'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** queued (waiting for the mail server or the digest), sent, failed (after the last retry), kept (no SMTP_URL). */
export const NOTIFICATION_STATUSES = ['queued', 'sent', 'failed', 'kept'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** How a user wants a kind of notice: at once, gathered in one mail a day, or not at all. */
export const NOTIFICATION_DELIVERIES = ['at_once', 'daily_digest', 'off'] as const;
export type NotificationDelivery = (typeof NOTIFICATION_DELIVERIES)[number];
export const DEFAULT_DELIVERY: NotificationDelivery = 'at_once';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'nl';

/** Days before a quarter's due date on which its reminder goes out, unless a lab says otherwise. */
export const DEFAULT_REMINDER_DAYS = 7;

/**
 * The quarters whose reminder is due on `today`: those whose due date is today or within the coming
 * `reminderDays` days. Each day of that window qualifies (the idempotency key sends one reminder), so a day on
 * which the scheduled run did not happen is made up for on the next.
 */
export function quartersToRemind(today: string, dueDays: number, reminderDays: number): string[] {
  const last = addDays(today, reminderDays);
  const current = quarterOfDate(today);
  // A due date lies at most 365 days after its quarter's end: five quarters back cover every lab.
  const candidates = [-5, -4, -3, -2, -1, 0].map((n) => addQuarters(current, n));
  return candidates.filter((q) => {
    const due = reportingDueDate(q, dueDays);
    return compareIsoDates(today, due) <= 0 && compareIsoDates(due, last) <= 0;
  });
}

/** How many weeks after its due date a quarter is still chased; after that the calendar still shows it overdue. */
export const AFTER_DUE_WEEKS = 12;

/**
 * The overdue quarters to chase on `today`, each with its week of lateness: week 1 from the day after the due
 * date through the 7th day, week 2 from the 8th, and so on, up to AFTER_DUE_WEEKS. The week is part of the
 * notice's key, so each week brings one reminder however often the daily run happens in it.
 */
export function overdueQuarters(today: string, dueDays: number, maxWeeks = AFTER_DUE_WEEKS): { period: string; week: number }[] {
  const current = quarterOfDate(today);
  const candidates = [-9, -8, -7, -6, -5, -4, -3, -2, -1, 0].map((n) => addQuarters(current, n));
  return candidates.flatMap((period) => {
    const late = daysBetween(reportingDueDate(period, dueDays), today);
    const week = Math.ceil(late / 7);
    return late >= 1 && week <= maxWeeks ? [{ period, week }] : [];
  });
}

/** From which week of lateness the focus team receives the team's reminder in copy. */
export const FOCUS_TEAM_COPY_FROM_WEEK = 2;

/** What a project still owes for a quarter. */
export interface Outstanding {
  /** Indicators without a submitted or approved value. */
  indicators: number;
  statusUpdate: boolean;
}

export function hasOutstanding(o: Outstanding): boolean {
  return o.indicators > 0 || o.statusUpdate;
}

const WORDS = {
  nl: {
    indicators: (n: number) => (n === 1 ? '1 indicator' : `${n} indicatoren`),
    statusUpdate: 'de kwartaalupdate',
  },
  en: {
    indicators: (n: number) => (n === 1 ? '1 indicator' : `${n} indicators`),
    statusUpdate: 'the status update',
  },
} as const;

/** "2026-Q4: 2 indicatoren, de kwartaalupdate": exactly what is missing, in the reader's language. */
export function outstandingLine(period: string, o: Outstanding, language: Language): string {
  const w = WORDS[language];
  const parts = [...(o.indicators > 0 ? [w.indicators(o.indicators)] : []), ...(o.statusUpdate ? [w.statusUpdate] : [])];
  return `${period}: ${parts.join(', ')}`;
}

export interface NoticeText {
  subject: string;
  body: string;
}

/** The reminder before a quarter's due date. */
export function reminderBeforeText(
  input: { projectCode: string; projectTitle: string; period: string; dueDate: string; outstanding: Outstanding; link: string }, language: Language,
): NoticeText {
  const line = outstandingLine(input.period, input.outstanding, language);
  const project = `${input.projectCode} ${input.projectTitle}`;
  if (language === 'en') {
    return {
      subject: `Reminder ${input.projectCode}: ${input.period} is due on ${input.dueDate}`,
      body: `The report of ${project} for ${input.period} is due on ${input.dueDate}. Still missing:\n\n${line}\n\nFill it in on the quarterly entry: ${input.link}\n`,
    };
  }
  return {
    subject: `Herinnering ${input.projectCode}: ${input.period} moet uiterlijk ${input.dueDate} binnen zijn`,
    body: `De rapportage van ${project} over ${input.period} moet uiterlijk ${input.dueDate} binnen zijn. Nog niet ingeleverd:\n\n${line}\n\nVul het in bij de kwartaalinvoer: ${input.link}\n`,
  };
}

/** To the team when the focus team returns a measurement, with the reviewer's comment. */
export function measurementReturnedText(
  input: { projectCode: string; indicatorName: string; period: string; reviewer: string; comment: string; link: string }, language: Language,
): NoticeText {
  if (language === 'en') {
    return {
      subject: `${input.projectCode}: measurement of ${input.period} returned — ${input.indicatorName}`,
      body: `${input.reviewer} returned the measurement of "${input.indicatorName}" for ${input.period} to the team.\n\nComment:\n${input.comment}\n\nCorrect it and submit it again: ${input.link}\n`,
    };
  }
  return {
    subject: `${input.projectCode}: meting ${input.period} teruggestuurd — ${input.indicatorName}`,
    body: `${input.reviewer} heeft de meting van "${input.indicatorName}" over ${input.period} teruggestuurd naar het team.\n\nToelichting:\n${input.comment}\n\nPas haar aan en dien haar opnieuw in: ${input.link}\n`,
  };
}

/** After the due date, weekly, to the team. */
export function reminderAfterText(
  input: { projectCode: string; projectTitle: string; period: string; dueDate: string; week: number; outstanding: Outstanding; link: string },
  language: Language,
): NoticeText {
  const line = outstandingLine(input.period, input.outstanding, language);
  const project = `${input.projectCode} ${input.projectTitle}`;
  if (language === 'en') {
    return {
      subject: `${input.projectCode} is late with ${input.period} (due ${input.dueDate})`,
      body: `The report of ${project} for ${input.period} was due on ${input.dueDate} (week ${input.week} past the due date). Still missing:\n\n${line}\n\nThe quarterly entry: ${input.link}\n`,
    };
  }
  return {
    subject: `${input.projectCode} is te laat met ${input.period} (uiterlijk ${input.dueDate})`,
    body: `De rapportage van ${project} over ${input.period} moest uiterlijk ${input.dueDate} binnen zijn (week ${input.week} na de inleverdatum). Nog niet ingeleverd:\n\n${line}\n\nDe kwartaalinvoer: ${input.link}\n`,
  };
}

/**
 * The focus team's copy, from the second week after the due date: one notice per lab, quarter and week listing
 * every project still late and what it misses, rather than a copy per project.
 */
export function lateSummaryText(
  input: { period: string; dueDate: string; week: number; projects: readonly { code: string; title: string; outstanding: Outstanding; link: string }[] },
  language: Language,
): NoticeText {
  const n = input.projects.length;
  const lines = input.projects.map((p) => `- ${p.code} ${p.title}: ${outstandingLine(input.period, p.outstanding, language).slice(input.period.length + 2)}\n  ${p.link}`).join('\n');
  if (language === 'en') {
    return {
      subject: `Copy: ${n === 1 ? '1 project is' : `${n} projects are`} late with ${input.period} (week ${input.week})`,
      body: `In copy to the focus team: these teams were reminded again, ${input.period} was due on ${input.dueDate}.\n\n${lines}\n`,
    };
  }
  return {
    subject: `Kopie: ${n === 1 ? '1 project is' : `${n} projecten zijn`} te laat met ${input.period} (week ${input.week})`,
    body: `Ter informatie aan het focusteam: deze teams zijn opnieuw herinnerd, ${input.period} moest uiterlijk ${input.dueDate} binnen zijn.\n\n${lines}\n`,
  };
}

/** To the focus team: what was submitted for review on one day, per project, in one notice. */
export function valuesSubmittedText(
  input: { day: string; projects: readonly { code: string; title: string; values: number }[]; link: string }, language: Language,
): NoticeText {
  const total = input.projects.reduce((n, p) => n + p.values, 0);
  const values = (n: number) => (language === 'en' ? (n === 1 ? '1 value' : `${n} values`) : (n === 1 ? '1 waarde' : `${n} waarden`));
  const lines = input.projects.map((p) => `- ${p.code} ${p.title}: ${values(p.values)}`).join('\n');
  if (language === 'en') {
    return {
      subject: `Submitted on ${input.day}: ${values(total)} to review`,
      body: `Submitted for review on ${input.day}:\n\n${lines}\n\nTo review: ${input.link}\n`,
    };
  }
  return {
    subject: `Ingediend op ${input.day}: ${values(total)} te beoordelen`,
    body: `Ingediend ter beoordeling op ${input.day}:\n\n${lines}\n\nTe beoordelen: ${input.link}\n`,
  };
}

/** One mail a day with every notice a user chose to receive as a digest. */
export function digestText(items: readonly NoticeText[], language: Language): NoticeText {
  const subject = language === 'en'
    ? `Meedoen Werkt: ${items.length === 1 ? '1 notice' : `${items.length} notices`} of today`
    : `Meedoen Werkt: ${items.length === 1 ? '1 bericht' : `${items.length} berichten`} van vandaag`;
  const body = items.map((i) => `${i.subject}\n${'-'.repeat(Math.min(72, i.subject.length))}\n${i.body}`).join('\n\n');
  return { subject, body };
}

/**
 * The day a quarter's report is due to be frozen for the council. The product keeps no council deadline of its
 * own, so it is the quarter's due date plus the lab's reminder days: the teams had their reminders before the due
 * date, the administrators get as many days after it to chase what is pending and freeze.
 */
export function freezeDueDate(period: string, dueDays: number, reminderDays: number): string {
  return addDays(reportingDueDate(period, dueDays), reminderDays);
}

/**
 * The quarters whose freeze reminder is due on `today`: those whose freeze date is today or within the coming
 * `reminderDays` days (from the report due date through the freeze date). Each day of the window qualifies; the
 * idempotency key sends one per administrator.
 */
export function quartersToFreezeRemind(today: string, dueDays: number, reminderDays: number): string[] {
  const last = addDays(today, reminderDays);
  const current = quarterOfDate(today);
  const candidates = [-5, -4, -3, -2, -1, 0].map((n) => addQuarters(current, n));
  return candidates.filter((q) => {
    const freeze = freezeDueDate(q, dueDays, reminderDays);
    return compareIsoDates(today, freeze) <= 0 && compareIsoDates(freeze, last) <= 0;
  });
}

/** What keeps a project's quarter from being final: values not yet approved, the status update not submitted. */
export interface Pending {
  /** Indicators without an approved value (missing, draft, submitted or returned). */
  measurements: number;
  statusUpdate: boolean;
}

export function hasPending(p: Pending): boolean {
  return p.measurements > 0 || p.statusUpdate;
}

/** "2 metingen nog niet goedgekeurd, de kwartaalupdate nog niet ingediend", in the reader's language. */
export function pendingWords(p: Pending, language: Language): string {
  const parts = language === 'en'
    ? [...(p.measurements > 0 ? [`${p.measurements === 1 ? '1 measurement' : `${p.measurements} measurements`} not yet approved`] : []),
      ...(p.statusUpdate ? ['the status update not yet submitted'] : [])]
    : [...(p.measurements > 0 ? [`${p.measurements === 1 ? '1 meting' : `${p.measurements} metingen`} nog niet goedgekeurd`] : []),
      ...(p.statusUpdate ? ['de kwartaalupdate nog niet ingediend'] : [])];
  return parts.join(', ');
}

/** To the administrators before a quarter's report is due to be frozen: per project, what is still pending. */
export function freezeReminderText(
  input: {
    labName: string; period: string; freezeDate: string; link: string;
    projects: readonly { code: string; title: string; pending: Pending }[];
  },
  language: Language,
): NoticeText {
  const n = input.projects.length;
  const lines = input.projects.map((p) => `- ${p.code} ${p.title}: ${pendingWords(p.pending, language)}`).join('\n');
  if (language === 'en') {
    return {
      subject: `${input.labName}: the report of ${input.period} is due to be frozen on ${input.freezeDate}; ${n === 1 ? '1 project has' : `${n} projects have`} work pending`,
      body: `The quarterly report of ${input.labName} for ${input.period} is due to be frozen on ${input.freezeDate}. Still pending:\n\n${lines}\n\nThe report: ${input.link}\n`,
    };
  }
  return {
    subject: `${input.labName}: rapportage ${input.period} moet uiterlijk ${input.freezeDate} bevroren worden; bij ${n === 1 ? '1 project' : `${n} projecten`} staat nog iets open`,
    body: `De kwartaalrapportage van ${input.labName} over ${input.period} moet uiterlijk ${input.freezeDate} bevroren worden. Nog open:\n\n${lines}\n\nDe rapportage: ${input.link}\n`,
  };
}
