import { ACCESS, accessOf, mayChange, mayRead, type Change, type ResourceAccess } from './access';
import { RESOURCES } from './resources';
import type { UserRole } from './enums';

describe('the access table', () => {
  it('has a rule for every resource but the reports', () => {
    expect(RESOURCES.filter((r) => !accessOf(r))).toEqual(['reports']);
    expect(accessOf('constructor')).toBeUndefined();
  });

  const staff: ResourceAccess = { write: 'staff' };
  const project: ResourceAccess = { write: 'project', membersMay: ['update'] };
  const rows: [UserRole, ResourceAccess, Change, boolean][] = [
    ['admin', { write: 'none' }, 'delete', true],
    ['focus_team', { write: 'none' }, 'create', false],
    ['focus_team', { write: 'admin' }, 'update', false],
    ['focus_team', staff, 'delete', true],
    ['project_member', staff, 'create', false],
    ['focus_team', project, 'create', true],
    ['project_member', project, 'update', true],
    ['project_member', project, 'create', false],
    ['project_member', project, 'delete', false],
    ['project_member', { write: 'project' }, 'delete', true],
    ['project_member', { write: 'admin' }, 'update', false],
  ];
  it.each(rows)('%s on %j: %s is %s', (role, access, change, allowed) => {
    expect(mayChange(role, access, change)).toBe(allowed);
  });

  it('keeps the audit trail from project members and users to administrators', () => {
    expect(mayRead('project_member', ACCESS['audit-events'])).toBe(false);
    expect(mayRead('focus_team', ACCESS['audit-events'])).toBe(true);
    expect(mayChange('focus_team', ACCESS.users, 'update')).toBe(false);
    expect(mayChange('project_member', ACCESS['target-revisions'], 'create')).toBe(true);
    expect(mayChange('project_member', ACCESS['target-revisions'], 'delete')).toBe(false);
  });
});
