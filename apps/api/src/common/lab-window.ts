import type { EntityManager } from 'typeorm';
import { DomainError, labQuarterWindow, quarterOutside, windowWords, type Window } from '@lab/domain';

// What a lab may be asked for — its report's quarter, its payments' `through`, its calendar's `from` and
// `to` — lies in its window (libs/domain spans.ts), read here from the lab's own dates.

type Db = Pick<EntityManager, 'query'>;

/** The quarters the lab's report, payments and calendar may be asked for; NOT_FOUND when there is no such lab. */
export async function labWindow(db: Db, labId: number, today: string): Promise<Window> {
  const [lab] = (await db.query('SELECT start_date AS "startDate", end_date AS "endDate" FROM labs WHERE id = $1', [labId])) as {
    startDate: string | null; endDate: string | null;
  }[];
  if (!lab) throw new DomainError('NOT_FOUND', `There is no lab with id ${labId}.`, { errors: { lab: 'no such lab' } });
  return labQuarterWindow(lab, today);
}

/** Field → what to fix, for each asked quarter outside the lab's window. */
export function labWindowErrors(labId: number, window: Window, asked: Record<string, string | null | undefined>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [field, quarter] of Object.entries(asked)) {
    if (quarter != null && quarterOutside(quarter, window)) {
      errors[field] = `${windowWords('quarter', window)}: lab ${labId}'s quarters, from a year before its start date to a year past its end date or today`;
    }
  }
  return errors;
}
