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
  'target-revisions',
  'measurements',
  'status-updates',
  'lessons',
  'phase-decisions',
  'users',
  'audit-events',
  'reports',
] as const;
export type ResourceName = (typeof RESOURCES)[number];

export function isResourceName(value: unknown): value is ResourceName {
  return isOneOf(RESOURCES, value);
}
