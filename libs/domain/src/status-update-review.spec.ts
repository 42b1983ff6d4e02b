import { DomainError } from './errors';
import { inWords, statusUpdateEditProblems, type Problems } from './record-rules';
import {
  assertStatusUpdateReopen, isStatusUpdateEditable, mayReopenStatusUpdate, STATUS_UPDATE_REOPEN_ROLES, statusUpdateReopenUnmet, statusUpdateStatus,
  type StatusUpdateStatus,
} from './status-update-review';
import { REVIEW_STEPS } from './measurement-review';
import type { UserRole } from './enums';

describe('a status update locked like a measurement', () => {
  it('is a draft until it is submitted', () => {
    expect(statusUpdateStatus({ submittedAt: null })).toBe('draft');
    expect(statusUpdateStatus({})).toBe('draft');
    expect(statusUpdateStatus({ submittedAt: '2018-07-15T13:30:00.000Z' })).toBe('submitted');
    expect(statusUpdateStatus({ submittedAt: new Date() })).toBe('submitted');
    expect(isStatusUpdateEditable('draft')).toBe(true);
    expect(isStatusUpdateEditable('submitted')).toBe(false);
  });

  it.each<[StatusUpdateStatus, string[], Problems]>([
    ['draft', ['narrative', 'health'], {}],
    ['submitted', [], {}],
    ['submitted', ['narrative'], { narrative: 'status_update_submitted' }],
    ['submitted', ['health', 'narrative'], { health: 'status_update_submitted', narrative: 'status_update_submitted' }],
  ])('a %s update changing %j: %j', (status, changed, problems) => {
    expect(statusUpdateEditProblems(status, changed)).toEqual(problems);
  });

  it('says, field by field, to reopen first', () => {
    expect(inWords(statusUpdateEditProblems('submitted', ['narrative']))).toEqual({ narrative: expect.stringMatching(/submitted.*reopen .*first/) });
  });
});

describe('reopening a submitted status update', () => {
  it('is for whoever may reopen a measurement: the focus team and administrators', () => {
    expect([...STATUS_UPDATE_REOPEN_ROLES].sort()).toEqual(REVIEW_STEPS.reopen.by.filter((r) => r !== 'team').sort());
    expect(mayReopenStatusUpdate('focus_team')).toBe(true);
    expect(mayReopenStatusUpdate('admin')).toBe(true);
    expect(mayReopenStatusUpdate('project_member')).toBe(false);
  });

  it.each<[UserRole, StatusUpdateStatus, string | null, string[]]>([
    ['focus_team', 'submitted', 'Cijfers over Q2 verkeerd overgenomen.', []],
    ['admin', 'submitted', 'Correctie', []],
    ['project_member', 'submitted', 'Graag aanpassen', ['role']],
    ['focus_team', 'draft', 'Correctie', ['status']],
    ['focus_team', 'submitted', '  ', ['comment']],
    ['project_member', 'draft', null, ['role', 'status', 'comment']],
  ])('%s on a %s update with reason %j: unmet %j', (role, status, comment, unmet) => {
    expect(statusUpdateReopenUnmet({ role, status, comment }).map((u) => u.criterion)).toEqual(unmet);
  });

  it('answers draft, or FORBIDDEN for the role and INVALID_TRANSITION for the rest', () => {
    expect(assertStatusUpdateReopen({ role: 'focus_team', status: 'submitted', comment: 'Correctie' })).toBe('draft');
    const refusal = (req: Parameters<typeof assertStatusUpdateReopen>[0]) => {
      try { assertStatusUpdateReopen(req); } catch (e) { return (e as DomainError).code; }
      return null;
    };
    expect(refusal({ role: 'project_member', status: 'submitted', comment: 'x' })).toBe('FORBIDDEN');
    expect(refusal({ role: 'admin', status: 'draft', comment: 'x' })).toBe('INVALID_TRANSITION');
    expect(refusal({ role: 'admin', status: 'submitted', comment: '' })).toBe('INVALID_TRANSITION');
  });
});
