import type { MilestoneStatus } from './enums';
import { DomainError } from './errors';
import { isMilestoneOverdue } from './milestones';

describe('isMilestoneOverdue', () => {
  const today = '2016-07-01';

  it.each<[string | null, MilestoneStatus, boolean]>([
    ['2016-06-30', 'planned', true],
    ['2016-06-30', 'in_progress', true],
    ['2016-06-30', 'done', false],
    ['2016-06-30', 'cancelled', false],
    ['2015-12-31', 'planned', true],
    ['2015-12-31', 'done', false],
    ['2016-07-01', 'planned', false],
    ['2016-07-01', 'in_progress', false],
    ['2016-07-02', 'planned', false],
    ['2017-01-01', 'in_progress', false],
    [null, 'planned', false],
    [null, 'in_progress', false],
  ])('due %s, %s, on 2016-07-01: overdue %s', (dueDate, status, overdue) => {
    expect(isMilestoneOverdue({ dueDate, status }, today)).toBe(overdue);
  });

  it('refuses a malformed date instead of comparing text', () => {
    expect(() => isMilestoneOverdue({ dueDate: '2016-6-30', status: 'planned' }, today)).toThrow(DomainError);
    expect(() => isMilestoneOverdue({ dueDate: '2016-06-30', status: 'planned' }, '1 July 2016')).toThrow(DomainError);
  });
});
