import type { GateDecision, Phase, UserRole } from './enums';
import { evaluateTransition } from './phase-gate';
import type { GateFacts, TransitionVerdict } from './phase-gate';
import { ALL_MET, NONE_MET, RATIONALE, codes, request } from './testing/phase-gate';

describe('evaluateTransition: every (from, to, decision, role) with all entry criteria met', () => {
  // A stopped project left `experiment`; the rows from `stopped` test reopening against it.
  const rows: [Phase, Phase, GateDecision, UserRole, TransitionVerdict['kind'], Phase, string[]][] = [
    ['scenario', 'scenario', 'go', 'admin', 'structural', 'scenario', ['same_phase']],
    ['scenario', 'scenario', 'go', 'focus_team', 'structural', 'scenario', ['same_phase']],
    ['scenario', 'scenario', 'go', 'project_member', 'forbidden', 'scenario', ['role', 'same_phase']],
    ['scenario', 'scenario', 'no_go', 'admin', 'structural', 'scenario', ['same_phase']],
    ['scenario', 'scenario', 'no_go', 'focus_team', 'structural', 'scenario', ['same_phase']],
    ['scenario', 'scenario', 'no_go', 'project_member', 'forbidden', 'scenario', ['role', 'same_phase']],
    ['scenario', 'experiment', 'go', 'admin', 'ok', 'experiment', []],
    ['scenario', 'experiment', 'go', 'focus_team', 'ok', 'experiment', []],
    ['scenario', 'experiment', 'go', 'project_member', 'forbidden', 'scenario', ['role']],
    ['scenario', 'experiment', 'no_go', 'admin', 'ok', 'scenario', []],
    ['scenario', 'experiment', 'no_go', 'focus_team', 'ok', 'scenario', []],
    ['scenario', 'experiment', 'no_go', 'project_member', 'forbidden', 'scenario', ['role']],
    ['scenario', 'rollout', 'go', 'admin', 'structural', 'scenario', ['no_skipping']],
    ['scenario', 'rollout', 'go', 'focus_team', 'structural', 'scenario', ['no_skipping']],
    ['scenario', 'rollout', 'go', 'project_member', 'forbidden', 'scenario', ['role', 'no_skipping']],
    ['scenario', 'rollout', 'no_go', 'admin', 'structural', 'scenario', ['no_skipping']],
    ['scenario', 'rollout', 'no_go', 'focus_team', 'structural', 'scenario', ['no_skipping']],
    ['scenario', 'rollout', 'no_go', 'project_member', 'forbidden', 'scenario', ['role', 'no_skipping']],
    ['scenario', 'stopped', 'go', 'admin', 'ok', 'stopped', []],
    ['scenario', 'stopped', 'go', 'focus_team', 'ok', 'stopped', []],
    ['scenario', 'stopped', 'go', 'project_member', 'forbidden', 'scenario', ['role']],
    ['scenario', 'stopped', 'no_go', 'admin', 'ok', 'scenario', []],
    ['scenario', 'stopped', 'no_go', 'focus_team', 'ok', 'scenario', []],
    ['scenario', 'stopped', 'no_go', 'project_member', 'forbidden', 'scenario', ['role']],
    ['experiment', 'scenario', 'go', 'admin', 'structural', 'experiment', ['no_going_back']],
    ['experiment', 'scenario', 'go', 'focus_team', 'structural', 'experiment', ['no_going_back']],
    ['experiment', 'scenario', 'go', 'project_member', 'forbidden', 'experiment', ['role', 'no_going_back']],
    ['experiment', 'scenario', 'no_go', 'admin', 'structural', 'experiment', ['no_going_back']],
    ['experiment', 'scenario', 'no_go', 'focus_team', 'structural', 'experiment', ['no_going_back']],
    ['experiment', 'scenario', 'no_go', 'project_member', 'forbidden', 'experiment', ['role', 'no_going_back']],
    ['experiment', 'experiment', 'go', 'admin', 'structural', 'experiment', ['same_phase']],
    ['experiment', 'experiment', 'go', 'focus_team', 'structural', 'experiment', ['same_phase']],
    ['experiment', 'experiment', 'go', 'project_member', 'forbidden', 'experiment', ['role', 'same_phase']],
    ['experiment', 'experiment', 'no_go', 'admin', 'structural', 'experiment', ['same_phase']],
    ['experiment', 'experiment', 'no_go', 'focus_team', 'structural', 'experiment', ['same_phase']],
    ['experiment', 'experiment', 'no_go', 'project_member', 'forbidden', 'experiment', ['role', 'same_phase']],
    ['experiment', 'rollout', 'go', 'admin', 'ok', 'rollout', []],
    ['experiment', 'rollout', 'go', 'focus_team', 'ok', 'rollout', []],
    ['experiment', 'rollout', 'go', 'project_member', 'forbidden', 'experiment', ['role']],
    ['experiment', 'rollout', 'no_go', 'admin', 'ok', 'experiment', []],
    ['experiment', 'rollout', 'no_go', 'focus_team', 'ok', 'experiment', []],
    ['experiment', 'rollout', 'no_go', 'project_member', 'forbidden', 'experiment', ['role']],
    ['experiment', 'stopped', 'go', 'admin', 'ok', 'stopped', []],
    ['experiment', 'stopped', 'go', 'focus_team', 'ok', 'stopped', []],
    ['experiment', 'stopped', 'go', 'project_member', 'forbidden', 'experiment', ['role']],
    ['experiment', 'stopped', 'no_go', 'admin', 'ok', 'experiment', []],
    ['experiment', 'stopped', 'no_go', 'focus_team', 'ok', 'experiment', []],
    ['experiment', 'stopped', 'no_go', 'project_member', 'forbidden', 'experiment', ['role']],
    ['rollout', 'scenario', 'go', 'admin', 'structural', 'rollout', ['no_going_back']],
    ['rollout', 'scenario', 'go', 'focus_team', 'structural', 'rollout', ['no_going_back']],
    ['rollout', 'scenario', 'go', 'project_member', 'forbidden', 'rollout', ['role', 'no_going_back']],
    ['rollout', 'scenario', 'no_go', 'admin', 'structural', 'rollout', ['no_going_back']],
    ['rollout', 'scenario', 'no_go', 'focus_team', 'structural', 'rollout', ['no_going_back']],
    ['rollout', 'scenario', 'no_go', 'project_member', 'forbidden', 'rollout', ['role', 'no_going_back']],
    ['rollout', 'experiment', 'go', 'admin', 'structural', 'rollout', ['no_going_back']],
    ['rollout', 'experiment', 'go', 'focus_team', 'structural', 'rollout', ['no_going_back']],
    ['rollout', 'experiment', 'go', 'project_member', 'forbidden', 'rollout', ['role', 'no_going_back']],
    ['rollout', 'experiment', 'no_go', 'admin', 'structural', 'rollout', ['no_going_back']],
    ['rollout', 'experiment', 'no_go', 'focus_team', 'structural', 'rollout', ['no_going_back']],
    ['rollout', 'experiment', 'no_go', 'project_member', 'forbidden', 'rollout', ['role', 'no_going_back']],
    ['rollout', 'rollout', 'go', 'admin', 'structural', 'rollout', ['same_phase']],
    ['rollout', 'rollout', 'go', 'focus_team', 'structural', 'rollout', ['same_phase']],
    ['rollout', 'rollout', 'go', 'project_member', 'forbidden', 'rollout', ['role', 'same_phase']],
    ['rollout', 'rollout', 'no_go', 'admin', 'structural', 'rollout', ['same_phase']],
    ['rollout', 'rollout', 'no_go', 'focus_team', 'structural', 'rollout', ['same_phase']],
    ['rollout', 'rollout', 'no_go', 'project_member', 'forbidden', 'rollout', ['role', 'same_phase']],
    ['rollout', 'stopped', 'go', 'admin', 'ok', 'stopped', []],
    ['rollout', 'stopped', 'go', 'focus_team', 'ok', 'stopped', []],
    ['rollout', 'stopped', 'go', 'project_member', 'forbidden', 'rollout', ['role']],
    ['rollout', 'stopped', 'no_go', 'admin', 'ok', 'rollout', []],
    ['rollout', 'stopped', 'no_go', 'focus_team', 'ok', 'rollout', []],
    ['rollout', 'stopped', 'no_go', 'project_member', 'forbidden', 'rollout', ['role']],
    ['stopped', 'scenario', 'go', 'admin', 'structural', 'stopped', ['reopen_to_previous_phase']],
    ['stopped', 'scenario', 'go', 'focus_team', 'forbidden', 'stopped', ['stopped_is_final', 'reopen_to_previous_phase']],
    ['stopped', 'scenario', 'go', 'project_member', 'forbidden', 'stopped', ['role', 'stopped_is_final', 'reopen_to_previous_phase']],
    ['stopped', 'scenario', 'no_go', 'admin', 'structural', 'stopped', ['reopen_to_previous_phase']],
    ['stopped', 'scenario', 'no_go', 'focus_team', 'forbidden', 'stopped', ['stopped_is_final', 'reopen_to_previous_phase']],
    ['stopped', 'scenario', 'no_go', 'project_member', 'forbidden', 'stopped', ['role', 'stopped_is_final', 'reopen_to_previous_phase']],
    ['stopped', 'experiment', 'go', 'admin', 'ok', 'experiment', []],
    ['stopped', 'experiment', 'go', 'focus_team', 'forbidden', 'stopped', ['stopped_is_final']],
    ['stopped', 'experiment', 'go', 'project_member', 'forbidden', 'stopped', ['role', 'stopped_is_final']],
    ['stopped', 'experiment', 'no_go', 'admin', 'ok', 'stopped', []],
    ['stopped', 'experiment', 'no_go', 'focus_team', 'forbidden', 'stopped', ['stopped_is_final']],
    ['stopped', 'experiment', 'no_go', 'project_member', 'forbidden', 'stopped', ['role', 'stopped_is_final']],
    ['stopped', 'rollout', 'go', 'admin', 'structural', 'stopped', ['reopen_to_previous_phase']],
    ['stopped', 'rollout', 'go', 'focus_team', 'forbidden', 'stopped', ['stopped_is_final', 'reopen_to_previous_phase']],
    ['stopped', 'rollout', 'go', 'project_member', 'forbidden', 'stopped', ['role', 'stopped_is_final', 'reopen_to_previous_phase']],
    ['stopped', 'rollout', 'no_go', 'admin', 'structural', 'stopped', ['reopen_to_previous_phase']],
    ['stopped', 'rollout', 'no_go', 'focus_team', 'forbidden', 'stopped', ['stopped_is_final', 'reopen_to_previous_phase']],
    ['stopped', 'rollout', 'no_go', 'project_member', 'forbidden', 'stopped', ['role', 'stopped_is_final', 'reopen_to_previous_phase']],
    ['stopped', 'stopped', 'go', 'admin', 'structural', 'stopped', ['same_phase']],
    ['stopped', 'stopped', 'go', 'focus_team', 'structural', 'stopped', ['same_phase']],
    ['stopped', 'stopped', 'go', 'project_member', 'forbidden', 'stopped', ['role', 'same_phase']],
    ['stopped', 'stopped', 'no_go', 'admin', 'structural', 'stopped', ['same_phase']],
    ['stopped', 'stopped', 'no_go', 'focus_team', 'structural', 'stopped', ['same_phase']],
    ['stopped', 'stopped', 'no_go', 'project_member', 'forbidden', 'stopped', ['role', 'same_phase']],
  ];

  it('covers all 4 × 4 × 2 × 3 combinations', () => {
    expect(new Set(rows.map((r) => r.slice(0, 4).join(' '))).size).toBe(96);
  });

  it.each(rows)('%s → %s, %s by %s: %s, phase %s, unmet %j', (from, to, decision, role, kind, newPhase, unmet) => {
    const verdict = evaluateTransition(
      request({ from, to, decision, role, previousPhase: from === 'stopped' ? 'experiment' : null }),
    );
    expect(codes(verdict)).toEqual(unmet);
    expect(verdict.kind).toBe(kind);
    expect(verdict.allowed).toBe(kind === 'ok');
    expect(verdict.newPhase).toBe(newPhase);
  });
});

describe('evaluateTransition: without a role every role rule is skipped', () => {
  it.each<[Phase, Phase, GateDecision, Phase | null, boolean, Phase, string[]]>([
    ['scenario', 'experiment', 'go', null, true, 'experiment', []],
    ['experiment', 'rollout', 'go', null, true, 'rollout', []],
    ['rollout', 'stopped', 'go', null, true, 'stopped', []],
    ['scenario', 'experiment', 'no_go', null, true, 'scenario', []],
    ['scenario', 'rollout', 'go', null, false, 'scenario', ['no_skipping']],
    ['rollout', 'experiment', 'go', null, false, 'rollout', ['no_going_back']],
    ['stopped', 'rollout', 'go', 'rollout', true, 'rollout', []],
    ['stopped', 'scenario', 'go', 'rollout', false, 'stopped', ['reopen_to_previous_phase']],
    ['stopped', 'stopped', 'go', 'rollout', false, 'stopped', ['same_phase']],
  ])('%s → %s, %s (left %s): allowed %s, phase %s, unmet %j', (from, to, decision, previousPhase, allowed, phase, unmet) => {
    const verdict = evaluateTransition(request({ from, to, decision, previousPhase, role: undefined }));
    expect(codes(verdict)).toEqual(unmet);
    expect(verdict.allowed).toBe(allowed);
    expect(verdict.newPhase).toBe(phase);
  });
});

describe('evaluateTransition: entry criteria of a go', () => {
  type Row = [string, Phase, Phase, Partial<GateFacts>, string | null | undefined, string[]];
  const rows: Row[] = [
    // into experiment: lead, milestone, indicator with a target; no rationale needed
    ['all met', 'scenario', 'experiment', {}, RATIONALE, []],
    ['all met, no rationale', 'scenario', 'experiment', {}, null, []],
    ['no lead', 'scenario', 'experiment', { hasLead: false }, RATIONALE, ['team_lead']],
    ['no milestone', 'scenario', 'experiment', { milestoneCount: 0 }, RATIONALE, ['milestone']],
    ['no indicator target', 'scenario', 'experiment', { indicatorsWithTarget: 0 }, RATIONALE, ['indicator_target']],
    ['exactly one milestone and target', 'scenario', 'experiment', { milestoneCount: 1, indicatorsWithTarget: 1 }, null, []],
    ['no lead, no milestone', 'scenario', 'experiment', { hasLead: false, milestoneCount: 0 }, RATIONALE, ['team_lead', 'milestone']],
    ['no milestone, no target', 'scenario', 'experiment', { milestoneCount: 0, indicatorsWithTarget: 0 }, RATIONALE, ['milestone', 'indicator_target']],
    ['nothing met', 'scenario', 'experiment', NONE_MET, null, ['team_lead', 'milestone', 'indicator_target']],
    ['approved measurements do not count', 'scenario', 'experiment', { ...NONE_MET, approvedOutcomeMeasurements: 5 }, RATIONALE, ['team_lead', 'milestone', 'indicator_target']],
    // into rollout: an approved outcome measurement and a rationale
    ['all met', 'experiment', 'rollout', {}, RATIONALE, []],
    ['no approved outcome measurement', 'experiment', 'rollout', { approvedOutcomeMeasurements: 0 }, RATIONALE, ['approved_outcome_measurement']],
    ['null rationale', 'experiment', 'rollout', {}, null, ['rationale']],
    ['missing rationale', 'experiment', 'rollout', {}, undefined, ['rationale']],
    ['empty rationale', 'experiment', 'rollout', {}, '', ['rationale']],
    ['blank rationale', 'experiment', 'rollout', {}, ' \n\t ', ['rationale']],
    ['one-letter rationale', 'experiment', 'rollout', {}, 'x', []],
    ['nothing met', 'experiment', 'rollout', NONE_MET, '  ', ['approved_outcome_measurement', 'rationale']],
    ['team facts do not count', 'experiment', 'rollout', { hasLead: false, milestoneCount: 0, indicatorsWithTarget: 0 }, RATIONALE, []],
    // into stopped: a rationale only
    ['rationale', 'scenario', 'stopped', NONE_MET, RATIONALE, []],
    ['rationale', 'experiment', 'stopped', NONE_MET, RATIONALE, []],
    ['rationale', 'rollout', 'stopped', NONE_MET, RATIONALE, []],
    ['no rationale', 'scenario', 'stopped', ALL_MET, null, ['rationale']],
    ['blank rationale', 'experiment', 'stopped', ALL_MET, '   ', ['rationale']],
    ['missing rationale', 'rollout', 'stopped', ALL_MET, undefined, ['rationale']],
  ];

  it.each(rows)('%s: %s → %s', (_label, from, to, facts, rationale, unmet) => {
    const verdict = evaluateTransition(request({ from, to, rationale, facts: { ...ALL_MET, ...facts } }));
    expect(codes(verdict)).toEqual(unmet);
    expect(verdict.kind).toBe(unmet.length === 0 ? 'ok' : 'criteria');
    expect(verdict.allowed).toBe(unmet.length === 0);
    expect(verdict.newPhase).toBe(unmet.length === 0 ? to : from);
  });

  it.each<[Phase, Phase]>([
    ['scenario', 'experiment'],
    ['experiment', 'rollout'],
    ['rollout', 'stopped'],
  ])('a no_go %s → %s with nothing met is recorded and keeps the phase', (from, to) => {
    const verdict = evaluateTransition(request({ from, to, decision: 'no_go', facts: NONE_MET, rationale: null }));
    expect(verdict).toEqual({ allowed: true, kind: 'ok', unmet: [], newPhase: from });
  });

  it('a refused role does not hide the unmet criteria', () => {
    const verdict = evaluateTransition(request({ from: 'scenario', to: 'experiment', role: 'project_member', facts: NONE_MET }));
    expect(verdict.kind).toBe('forbidden');
    expect(codes(verdict)).toEqual(['role', 'team_lead', 'milestone', 'indicator_target']);
  });

  it('a structural refusal does not list entry criteria', () => {
    const verdict = evaluateTransition(request({ from: 'scenario', to: 'rollout', facts: NONE_MET, rationale: null }));
    expect(codes(verdict)).toEqual(['no_skipping']);
  });

  it('every unmet item says what to do', () => {
    const verdict = evaluateTransition(request({ from: 'scenario', to: 'experiment', facts: NONE_MET }));
    expect(verdict.unmet).toEqual([
      { criterion: 'team_lead', message: 'Appoint a team lead (trekker) on the project team.' },
      { criterion: 'milestone', message: 'Add at least one milestone to the project.' },
      { criterion: 'indicator_target', message: 'Set a target value on at least one indicator.' },
    ]);
  });
});
