import { MEASUREMENT_STATUSES, USER_ROLES } from './enums';
import { DomainError } from './errors';
import { assertReview, isMeasurementEditable, REVIEW_ACTIONS, reviewUnmet, unitRuleBroken, type ReviewAction } from './measurement-review';

const comment = 'Cijfer klopt niet met de bron';

describe('measurement review steps', () => {
  // Every action from every status by every role, on and off the team: the expected outcome by hand.
  const allowedFrom: Record<ReviewAction, string[]> = { submit: ['draft', 'returned'], approve: ['submitted'], return: ['submitted'], reopen: ['approved'] };
  const next: Record<ReviewAction, string> = { submit: 'submitted', approve: 'approved', return: 'returned', reopen: 'draft' };
  const roleMay = (action: ReviewAction, role: string, onTeam: boolean) =>
    role === 'admin' || role === 'focus_team' || (action === 'submit' && role === 'project_member' && onTeam);

  const rows = REVIEW_ACTIONS.flatMap((action) =>
    MEASUREMENT_STATUSES.flatMap((status) => USER_ROLES.flatMap((role) => [true, false].map((onTeam) => [action, status, role, onTeam] as const))),
  );

  it.each(rows)('%s a %s measurement as %s (on team: %s)', (action, status, role, onTeam) => {
    const statusOk = allowedFrom[action].includes(status);
    const ok = statusOk && roleMay(action, role, onTeam);
    const req = { action, status, role, onTeam, comment };
    if (ok) {
      expect(assertReview(req)).toBe(next[action]);
      expect(reviewUnmet(req)).toEqual([]);
    } else {
      const criteria = reviewUnmet(req).map((u) => u.criterion);
      expect(criteria.includes('role')).toBe(!roleMay(action, role, onTeam));
      expect(criteria.includes('status')).toBe(!statusOk);
      expect(() => assertReview(req)).toThrow(DomainError);
      try {
        assertReview(req);
      } catch (e) {
        expect((e as DomainError).code).toBe(roleMay(action, role, onTeam) ? 'INVALID_TRANSITION' : 'FORBIDDEN');
      }
    }
  });

  it.each([
    ['return', 'submitted', 'Say what the team should fix.'],
    ['reopen', 'approved', 'Give the reason for the correction.'],
  ] as const)('%s needs a comment', (action, status, message) => {
    for (const blank of [undefined, null, '', '   ']) {
      expect(reviewUnmet({ action, status, role: 'focus_team', onTeam: false, comment: blank })).toEqual([{ criterion: 'comment', message }]);
    }
  });

  it('lists every reason at once', () => {
    expect(reviewUnmet({ action: 'return', status: 'draft', role: 'project_member', onTeam: true }).map((u) => u.criterion)).toEqual(['role', 'status', 'comment']);
  });

  it.each([
    ['draft', true], ['returned', true], ['submitted', false], ['approved', false],
  ] as const)('a %s measurement is editable: %s', (status, editable) => {
    expect(isMeasurementEditable(status)).toBe(editable);
  });
});

describe('unitRuleBroken', () => {
  it.each([
    ['percent', 0, null], ['percent', 100, null], ['percent', 64.5, null], ['percent', -0.1, 'percent'], ['percent', 100.5, 'percent'],
    ['count', 0, null], ['count', 12, null], ['count', 2.5, 'count'], ['count', -1, 'count'],
    ['euro', -250.75, null], ['score', 7.5, null],
  ] as const)('%s %p: %p', (unit, value, broken) => {
    expect(unitRuleBroken(unit, value)).toBe(broken);
  });
});
