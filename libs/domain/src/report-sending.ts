import type { FrozenReportVersion } from './contracts/reports';
import { isIsoDate } from './dates';

/**
 * Sending a frozen version of the quarterly report to the council is a fact of its own, recorded once by an
 * administrator: the day it went, who recorded it and an optional note (the raadsbrief's reference). Freezing
 * alone sends nothing.
 */

/** The time zone the council and the product's users live in: the day of a sending is an Amsterdam day. */
export const SENDING_TIME_ZONE = 'Europe/Amsterdam';

/** The calendar day (`YYYY-MM-DD`) an instant falls on in Amsterdam. */
export function amsterdamDay(instant: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: SENDING_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** Why a day cannot be the day of a sending, with the bounds it must lie between. */
export interface SendingProblem {
  reason: 'not_a_date' | 'future' | 'before_freeze';
  /** Today and the day of freezing, in Amsterdam: the latest and the earliest day allowed. */
  today: string;
  frozenOn: string;
}

/**
 * What is wrong with the day given for a sending, or null: it must be a calendar day, not after today and not
 * before the day the version was frozen (both in Amsterdam). The dashboard words the reason in its language.
 */
export function sendingProblem(sentOn: unknown, frozenAt: Date, now: Date): SendingProblem | null {
  const today = amsterdamDay(now);
  const frozenOn = amsterdamDay(frozenAt);
  if (!isIsoDate(sentOn)) return { reason: 'not_a_date', today, frozenOn };
  if (sentOn > today) return { reason: 'future', today, frozenOn };
  if (sentOn < frozenOn) return { reason: 'before_freeze', today, frozenOn };
  return null;
}

/** The same, as the API's field errors (empty when nothing is wrong). */
export function sendingProblems(sentOn: unknown, frozenAt: Date, now: Date): Record<string, string> {
  const problem = sendingProblem(sentOn, frozenAt, now);
  if (!problem) return {};
  const { today, frozenOn } = problem;
  return {
    sentOn: {
      not_a_date: 'must be a date like 2026-12-01 (the day the version went to the council)',
      future: `lies in the future: give the day it was sent, at the latest today (${today})`,
      before_freeze: `lies before the version was frozen: give a day from ${frozenOn} on`,
    }[problem.reason],
  };
}

/** The version the council received last: the one sent on the latest day (of two on one day, the one recorded last). */
export function lastSentVersion(versions: readonly FrozenReportVersion[]): FrozenReportVersion | null {
  let last: FrozenReportVersion | null = null;
  for (const v of versions) {
    if (!v.sentOn) continue;
    if (!last || v.sentOn > last.sentOn! || (v.sentOn === last.sentOn && (v.sentAt ?? '') > (last.sentAt ?? ''))) last = v;
  }
  return last;
}
