import { RESOURCES, isResourceName } from './resources';

describe('RESOURCES', () => {
  // The same names appear in URLs and react-admin's <Resource name>: a rename breaks clients.
  it('are the kebab-case plurals of the API, each once', () => {
    expect(RESOURCES).toEqual([
      'labs',
      'themes',
      'districts',
      'projects',
      'people',
      'memberships',
      'organisations',
      'agreements',
      'milestones',
      'indicators',
      'indicator-definitions',
      'dimensions',
      'target-revisions',
      'success-criteria',
      'measurements',
      'status-updates',
      'lessons',
      'phase-decisions',
      'users',
      'audit-events',
      'notifications',
      'reports',
    ]);
    for (const name of RESOURCES) expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });

  it.each<[unknown, boolean]>([
    ['projects', true],
    ['target-revisions', true],
    ['audit-events', true],
    ['project', false],
    ['targetRevisions', false],
    ['Projects', false],
    [null, false],
  ])('%j is a resource: %s', (value, known) => {
    expect(isResourceName(value)).toBe(known);
  });
});
