import { ACCESS, accessOf, mayChange, mayRead, staffFieldProblems, type Change, type ResourceAccess } from './access';
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

  it.each<[string, Record<string, unknown>, Record<string, unknown> | null, string[]]>([
    ['project_member', { budgetCents: 100 }, { budgetCents: 100 }, []],
    ['project_member', { budgetCents: 200 }, { budgetCents: 100 }, ['budgetCents']],
    ['project_member', { labId: 2, title: 'x' }, { labId: 1, title: 'y' }, ['labId']],
    ['project_member', { title: 'x' }, { budgetCents: 100 }, []],
    ['project_member', { budgetCents: null }, null, []],
    ['project_member', { budgetCents: 5 }, null, ['budgetCents']],
    ['focus_team', { budgetCents: 200, labId: 9 }, { budgetCents: 100, labId: 1 }, []],
    ['admin', { budgetCents: 200 }, { budgetCents: 100 }, []],
  ])('money and place on a project: %s writing %j over %j refuses %j', (role, values, stored, fields) => {
    expect(Object.keys(staffFieldProblems(role as 'admin', ACCESS.projects, values, stored))).toEqual(fields);
  });
});
