import { isOneOf } from './enums';

// One list for the URL path, react-admin's <Resource name> and the audit log, so the three cannot drift.
export const RESOURCES = [
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
] as const;
export type ResourceName = (typeof RESOURCES)[number];

export function isResourceName(value: unknown): value is ResourceName {
  return isOneOf(RESOURCES, value);
}

/** What the audit trail records events about: every CRUD resource, frozen report versions and sign-in. */
export type AuditedResource = Exclude<ResourceName, 'reports'> | 'frozen-reports' | 'auth';
export const AUDITED_RESOURCES: readonly AuditedResource[] = [
  ...RESOURCES.filter((r): r is Exclude<ResourceName, 'reports'> => r !== 'reports'), 'frozen-reports', 'auth',
];
