import {
  AGGREGATIONS,
  AGREEMENT_KINDS,
  AGREEMENT_STATUSES,
  AUDIT_ACTIONS,
  DIRECTIONS,
  DISTRICTS,
  DISTRICT_CODES,
  GATE_DECISIONS,
  HEALTHS,
  INDICATOR_ASPECTS,
  INDICATOR_KINDS,
  INDICATOR_UNITS,
  LESSON_KINDS,
  MEASUREMENT_STATUSES,
  MEMBERSHIP_ROLES,
  MILESTONE_STATUSES,
  PERSPECTIVES,
  PHASES,
  SECURITY_ACTIONS,
  USER_ROLES,
  isOneOf,
} from './enums';

// The values are stored in the database and sent over the API: a rename is a migration, so pin them.
describe('enums', () => {
  it.each<[string, readonly string[], string[]]>([
    ['PHASES', PHASES, ['scenario', 'experiment', 'rollout', 'stopped']],
    ['HEALTHS', HEALTHS, ['on_track', 'at_risk', 'off_track']],
    ['MEMBERSHIP_ROLES', MEMBERSHIP_ROLES, ['lead', 'member', 'expert_by_experience', 'researcher']],
    [
      'PERSPECTIVES',
      PERSPECTIVES,
      [
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
      ],
    ],
    [
      'AGREEMENT_KINDS',
      AGREEMENT_KINDS,
      ['covenant', 'cooperation', 'subsidy', 'procurement', 'letter_of_intent', 'outcome_contract'],
    ],
    ['AGREEMENT_STATUSES', AGREEMENT_STATUSES, ['draft', 'negotiating', 'signed', 'active', 'ended', 'terminated']],
    ['MILESTONE_STATUSES', MILESTONE_STATUSES, ['planned', 'in_progress', 'done', 'cancelled']],
    ['INDICATOR_KINDS', INDICATOR_KINDS, ['output', 'outcome']],
    ['INDICATOR_ASPECTS', INDICATOR_ASPECTS, ['effectiveness', 'sustainability']],
    ['INDICATOR_UNITS', INDICATOR_UNITS, ['count', 'percent', 'score', 'euro']],
    ['DIRECTIONS', DIRECTIONS, ['increase', 'decrease']],
    ['AGGREGATIONS', AGGREGATIONS, ['sum', 'latest', 'average']],
    ['MEASUREMENT_STATUSES', MEASUREMENT_STATUSES, ['draft', 'submitted', 'approved', 'returned']],
    ['LESSON_KINDS', LESSON_KINDS, ['obstacle', 'solution', 'insight']],
    ['GATE_DECISIONS', GATE_DECISIONS, ['go', 'no_go']],
    ['USER_ROLES', USER_ROLES, ['admin', 'focus_team', 'project_member']],
    [
      'AUDIT_ACTIONS',
      AUDIT_ACTIONS,
      [
        'create', 'update', 'delete', 'transition', 'submit', 'approve', 'return', 'reopen', 'comment', 'freeze', 'login_failed',
        'login', 'logout', 'password_changed', 'password_reset', 'refused', 'send',
      ],
    ],
    ['SECURITY_ACTIONS', SECURITY_ACTIONS, ['login', 'login_failed', 'logout', 'password_changed', 'password_reset', 'refused']],
    ['DISTRICT_CODES', DISTRICT_CODES, ['centrum', 'nieuw-west', 'noord', 'oost', 'west', 'zuid', 'zuidoost', 'weesp']],
  ])('%s', (_name, values, expected) => {
    expect(values).toEqual(expected);
  });

  it('names the districts as Amsterdam does', () => {
    expect(DISTRICTS.map((d) => d.name)).toEqual([
      'Centrum',
      'Nieuw-West',
      'Noord',
      'Oost',
      'West',
      'Zuid',
      'Zuidoost',
      'Weesp',
    ]);
  });
});

describe('isOneOf', () => {
  it.each<[unknown, boolean]>([
    ['experiment', true],
    ['stopped', true],
    ['Experiment', false],
    ['pilot', false],
    ['', false],
    [null, false],
    [1, false],
  ])('%j is a phase: %s', (value, member) => {
    expect(isOneOf(PHASES, value)).toBe(member);
  });
});
