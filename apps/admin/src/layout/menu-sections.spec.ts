import { RESOURCES } from '@lab/domain';
import type { SessionUser } from '../auth/session';
import { inMenu } from './menu-sections';

const user = (role: SessionUser['role'], projectIds: number[] = []): SessionUser => ({
  id: 1, email: `${role}@example.test`, name: role, role, personId: projectIds.length ? 7 : null, projectIds,
});
const menu = (u: SessionUser) => RESOURCES.filter((r) => r !== 'reports' && inMenu(u, r)).sort();

describe('the menu of each role', () => {
  it('gives an administrator every section', () => {
    expect(menu(user('admin'))).toEqual(RESOURCES.filter((r) => r !== 'reports').sort());
  });

  it('gives the focus team everything but the users and the fixed districts', () => {
    const sections = menu(user('focus_team'));
    expect(sections).not.toContain('users');
    expect(sections).not.toContain('districts');
    expect(sections).toEqual(expect.arrayContaining(['projects', 'labs', 'organisations', 'people', 'phase-decisions', 'audit-events']));
  });

  it('gives a project member their team\'s work and their own notices, without reference data or histories', () => {
    expect(menu(user('project_member', [3]))).toEqual(
      ['agreements', 'indicators', 'lessons', 'measurements', 'memberships', 'milestones', 'notifications', 'projects', 'status-updates', 'target-revisions'],
    );
  });

  it('gives nobody signed out anything', () => {
    expect(inMenu(null, 'projects')).toBe(false);
  });
});
