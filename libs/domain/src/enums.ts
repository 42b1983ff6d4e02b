// Every enum is a const array plus a type derived from it, so the API (validation, database checks) and
// the dashboard (choice lists) enumerate the very same values the type system knows about.

export const PHASES = ['scenario', 'experiment', 'rollout', 'stopped'] as const;
export type Phase = (typeof PHASES)[number];

export const HEALTHS = ['on_track', 'at_risk', 'off_track'] as const;
export type Health = (typeof HEALTHS)[number];

export const MEMBERSHIP_ROLES = ['lead', 'member', 'expert_by_experience', 'researcher'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const PERSPECTIVES = [
  'expert_by_experience',
  'advocate',
  'day_activity_provider',
  'referrer',
  'funder',
  'employer',
  'volunteer',
  'informal_carer',
  'researcher',
  'reintegration_professional',
  'welfare_organisation',
  'municipality',
] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

export const AGREEMENT_KINDS = [
  'covenant',
  'cooperation',
  'subsidy',
  'procurement',
  'letter_of_intent',
  'outcome_contract',
] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export const AGREEMENT_STATUSES = ['draft', 'negotiating', 'signed', 'active', 'ended', 'terminated'] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];

export const MILESTONE_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export const INDICATOR_KINDS = ['output', 'outcome'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

export const INDICATOR_ASPECTS = ['effectiveness', 'sustainability'] as const;
export type IndicatorAspect = (typeof INDICATOR_ASPECTS)[number];

export const INDICATOR_UNITS = ['count', 'percent', 'score', 'euro'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

export const DIRECTIONS = ['increase', 'decrease'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const AGGREGATIONS = ['sum', 'latest', 'average'] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

export const MEASUREMENT_STATUSES = ['draft', 'submitted', 'approved', 'returned'] as const;
export type MeasurementStatus = (typeof MEASUREMENT_STATUSES)[number];

export const LESSON_KINDS = ['obstacle', 'solution', 'insight'] as const;
export type LessonKind = (typeof LESSON_KINDS)[number];

export const GATE_DECISIONS = ['go', 'no_go'] as const;
export type GateDecision = (typeof GATE_DECISIONS)[number];

export const USER_ROLES = ['admin', 'focus_team', 'project_member'] as const;
export type UserRole = (typeof USER_ROLES)[number];

export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'transition',
  'submit',
  'approve',
  'return',
  'reopen',
  'comment',
  'freeze',
  'login_failed',
  'login',
  'logout',
  'password_changed',
  'password_reset',
  'refused',
  /** A frozen report version recorded as sent to the council. */
  'send',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * The audit actions about who may do what rather than about a record: sign-in and sign-out, password changes
 * and resets, and refused requests (401/403). They are written under the resource `auth`, their details as
 * `{ field: { before: null, after: value } }`.
 */
export const SECURITY_ACTIONS = ['login', 'login_failed', 'logout', 'password_changed', 'password_reset', 'refused'] as const satisfies readonly AuditAction[];
export type SecurityAction = (typeof SECURITY_ACTIONS)[number];

export const DISTRICTS = [
  { code: 'centrum', name: 'Centrum' },
  { code: 'nieuw-west', name: 'Nieuw-West' },
  { code: 'noord', name: 'Noord' },
  { code: 'oost', name: 'Oost' },
  { code: 'west', name: 'West' },
  { code: 'zuid', name: 'Zuid' },
  { code: 'zuidoost', name: 'Zuidoost' },
  { code: 'weesp', name: 'Weesp' },
] as const;
export type District = (typeof DISTRICTS)[number];
export type DistrictCode = District['code'];
export const DISTRICT_CODES: readonly DistrictCode[] = DISTRICTS.map((d) => d.code);

/**
 * Type guard for the const arrays above. `includes` on a readonly tuple only accepts its own members,
 * which is exactly the question that cannot be asked of untrusted input without a cast.
 */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
