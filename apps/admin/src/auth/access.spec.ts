import { canAccess, FREEZE_ACTION, GATE_ACTION, REOPEN_ACTION, RETURNED_QUEUE, REVIEW_ACTION, SEND_ACTION, SUBMIT_ACTION, TO_REVIEW_QUEUE } from './access';
import { tokenExpired, type SessionUser } from './session';

const user = (role: SessionUser['role'], projectIds: number[] = []): SessionUser => ({
  id: 1, email: `${role}@example.test`, name: role, role, personId: projectIds.length ? 7 : null, projectIds,
});
const admin = user('admin');
const focus = user('focus_team');
const member = user('project_member', [3, 9]);

describe('canAccess (what the dashboard shows each role)', () => {
  it('refuses everything to nobody', () => {
    expect(canAccess(null, { action: 'list', resource: 'projects' })).toBe(false);
  });

  it('lets an administrator do everything', () => {
    for (const [resource, action] of [['users', 'list'], ['users', 'delete'], ['audit-events', 'list'], ['projects', REOPEN_ACTION], ['districts', 'create']]) {
      expect(canAccess(admin, { action, resource })).toBe(true);
    }
  });

  it('shows the users menu only to administrators, the audit trail to administrators and the focus team', () => {
    expect(canAccess(focus, { action: 'list', resource: 'users' })).toBe(false);
    expect(canAccess(member, { action: 'list', resource: 'users' })).toBe(false);
    expect(canAccess(member, { action: 'show', resource: 'users', record: { id: 4 } })).toBe(true);
    expect(canAccess(focus, { action: 'list', resource: 'audit-events' })).toBe(true);
    expect(canAccess(member, { action: 'list', resource: 'audit-events' })).toBe(false);
    expect(canAccess(member, { action: 'show', resource: 'audit-events', record: { id: 1 } })).toBe(false);
  });

  it('lets the focus team write everything but users, and decide gates but not reopen', () => {
    for (const resource of ['labs', 'themes', 'organisations', 'people', 'projects', 'milestones', 'measurements']) {
      expect(canAccess(focus, { action: 'create', resource })).toBe(true);
      expect(canAccess(focus, { action: 'delete', resource, record: { id: 1, projectId: 1 } })).toBe(true);
    }
    for (const action of ['create', 'edit', 'delete']) expect(canAccess(focus, { action, resource: 'users', record: { id: 2 } })).toBe(false);
    expect(canAccess(focus, { action: GATE_ACTION, resource: 'projects' })).toBe(true);
    expect(canAccess(focus, { action: REOPEN_ACTION, resource: 'projects' })).toBe(false);
  });

  it('lets a project member edit only their own projects, never create or delete one', () => {
    expect(canAccess(member, { action: 'edit', resource: 'projects', record: { id: 3 } })).toBe(true);
    expect(canAccess(member, { action: 'edit', resource: 'projects', record: { id: 1 } })).toBe(false);
    expect(canAccess(member, { action: 'create', resource: 'projects' })).toBe(false);
    expect(canAccess(member, { action: 'delete', resource: 'projects', record: { id: 3 } })).toBe(false);
    expect(canAccess(member, { action: GATE_ACTION, resource: 'projects', record: { id: 3 } })).toBe(false);
  });

  it('lets a project member write the records of their own projects only', () => {
    for (const resource of ['memberships', 'milestones', 'indicators', 'agreements', 'status-updates', 'lessons']) {
      expect(canAccess(member, { action: 'create', resource })).toBe(true);
      expect(canAccess(member, { action: 'edit', resource, record: { id: 5, projectId: 9 } })).toBe(true);
      expect(canAccess(member, { action: 'delete', resource, record: { id: 5, projectId: 9 } })).toBe(true);
      expect(canAccess(member, { action: 'edit', resource, record: { id: 5, projectId: 1 } })).toBe(false);
      expect(canAccess(member, { action: 'delete', resource, record: { id: 5, projectId: 1 } })).toBe(false);
    }
    // The project of a measurement comes through its indicator: the API decides.
    expect(canAccess(member, { action: 'edit', resource: 'measurements', record: { id: 5, indicatorId: 2 } })).toBe(true);
    expect(canAccess(member, { action: 'create', resource: 'target-revisions' })).toBe(true);
    expect(canAccess(member, { action: 'edit', resource: 'target-revisions', record: { id: 1, indicatorId: 2 } })).toBe(false);
  });

  it('lets a project member read everything else but write none of it', () => {
    for (const resource of ['labs', 'themes', 'districts', 'organisations', 'people', 'users', 'phase-decisions']) {
      expect(canAccess(member, { action: 'show', resource, record: { id: 1 } })).toBe(true);
      for (const action of ['create', 'edit', 'delete']) expect(canAccess(member, { action, resource, record: { id: 1 } })).toBe(false);
    }
    expect(canAccess(member, { action: 'list', resource: 'projects' })).toBe(true);
    expect(canAccess(member, { action: 'export', resource: 'projects' })).toBe(true);
  });
});

describe('canAccess for the review flow and the quarterly report', () => {
  it('lets the team submit its own measurements, the focus team and administrators review them', () => {
    expect(canAccess(member, { action: SUBMIT_ACTION, resource: 'measurements', record: { id: 1, projectId: 9 } })).toBe(true);
    expect(canAccess(member, { action: SUBMIT_ACTION, resource: 'measurements', record: { id: 1, projectId: 1 } })).toBe(false);
    expect(canAccess(member, { action: 'edit', resource: 'measurements', record: { id: 1, projectId: 1 } })).toBe(false);
    expect(canAccess(focus, { action: SUBMIT_ACTION, resource: 'measurements', record: { id: 1, projectId: 1 } })).toBe(true);
    expect(canAccess(member, { action: REVIEW_ACTION, resource: 'measurements', record: { id: 1, projectId: 9 } })).toBe(false);
    expect(canAccess(focus, { action: REVIEW_ACTION, resource: 'measurements' })).toBe(true);
    expect(canAccess(admin, { action: REVIEW_ACTION, resource: 'measurements' })).toBe(true);
  });

  it('offers reopening a submitted status update to whoever may reopen a measurement', () => {
    expect(canAccess(member, { action: REVIEW_ACTION, resource: 'status-updates', record: { id: 1, projectId: 9 } })).toBe(false);
    expect(canAccess(focus, { action: REVIEW_ACTION, resource: 'status-updates' })).toBe(true);
    expect(canAccess(admin, { action: REVIEW_ACTION, resource: 'status-updates' })).toBe(true);
  });

  it('shows each role the queue that concerns it', () => {
    expect(canAccess(focus, { action: TO_REVIEW_QUEUE, resource: 'measurements' })).toBe(true);
    expect(canAccess(admin, { action: TO_REVIEW_QUEUE, resource: 'measurements' })).toBe(true);
    expect(canAccess(member, { action: TO_REVIEW_QUEUE, resource: 'measurements' })).toBe(false);
    expect(canAccess(member, { action: RETURNED_QUEUE, resource: 'measurements' })).toBe(true);
    expect(canAccess(focus, { action: RETURNED_QUEUE, resource: 'measurements' })).toBe(false);
    expect(canAccess(admin, { action: RETURNED_QUEUE, resource: 'measurements' })).toBe(false);
  });

  it('lets only administrators freeze a report, and everyone read it', () => {
    expect(canAccess(admin, { action: FREEZE_ACTION, resource: 'reports' })).toBe(true);
    expect(canAccess(focus, { action: FREEZE_ACTION, resource: 'reports' })).toBe(false);
    expect(canAccess(member, { action: FREEZE_ACTION, resource: 'reports' })).toBe(false);
    expect(canAccess(member, { action: 'list', resource: 'reports' })).toBe(true);
  });

  it('lets only administrators record that a version was sent to the council', () => {
    expect(canAccess(admin, { action: SEND_ACTION, resource: 'reports' })).toBe(true);
    expect(canAccess(focus, { action: SEND_ACTION, resource: 'reports' })).toBe(false);
    expect(canAccess(member, { action: SEND_ACTION, resource: 'reports' })).toBe(false);
  });
});

describe('tokenExpired', () => {
  const jwt = (payload: object) => `e30.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.sig`;
  it('reads the expiry of a JSON Web Token', () => {
    expect(tokenExpired(jwt({ exp: 100 }), 200_000)).toBe(true);
    expect(tokenExpired(jwt({ exp: 300 }), 200_000)).toBe(false);
  });
  it('leaves anything else to the API', () => {
    expect(tokenExpired('opaque-token')).toBe(false);
    expect(tokenExpired(jwt({ sub: 1 }))).toBe(false);
  });
});
