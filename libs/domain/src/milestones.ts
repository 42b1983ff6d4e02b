import { compareIsoDates } from './dates';
import type { MilestoneStatus } from './enums';

export interface MilestoneDue {
  dueDate: string | null;
  status: MilestoneStatus;
}

/**
 * Derived, never stored: a stored flag would go stale at midnight. A milestone due today is not yet
 * overdue, and a done or cancelled one never is.
 */
export function isMilestoneOverdue({ dueDate, status }: MilestoneDue, today: string): boolean {
  if (dueDate === null || status === 'done' || status === 'cancelled') return false;
  return compareIsoDates(dueDate, today) < 0;
}
