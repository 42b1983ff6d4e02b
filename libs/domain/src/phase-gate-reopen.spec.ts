import { DomainError } from './errors';
import type { GateDecision, Phase, UserRole } from './enums';
import { allowedTargets, assertTransition, evaluateTransition } from './phase-gate';
import type { TransitionRequest, TransitionVerdict } from './phase-gate';
import { ALL_MET, NONE_MET, RATIONALE, codes, request } from './testing/phase-gate';
import { thrown } from './testing/thrown';

describe('evaluateTransition: reopening a stopped project', () => {
  type Row = [UserRole, Phase | null, Phase, GateDecision, string | null, TransitionVerdict['kind'], Phase, string[]];
  const rows: Row[] = [
    // an admin may reopen to the phase the project left, with a rationale
    ['admin', 'scenario', 'scenario', 'go', RATIONALE, 'ok', 'scenario', []],
    ['admin', 'experiment', 'experiment', 'go', RATIONALE, 'ok', 'experiment', []],
    ['admin', 'rollout', 'rollout', 'go', RATIONALE, 'ok', 'rollout', []],
    ['admin', 'experiment', 'experiment', 'go', null, 'criteria', 'stopped', ['rationale']],
    ['admin', 'experiment', 'experiment', 'go', '  ', 'criteria', 'stopped', ['rationale']],
    ['admin', 'experiment', 'experiment', 'no_go', null, 'ok', 'stopped', []],
    // ... and only to that phase
    ['admin', 'experiment', 'scenario', 'go', RATIONALE, 'structural', 'stopped', ['reopen_to_previous_phase']],
    ['admin', 'experiment', 'rollout', 'go', RATIONALE, 'structural', 'stopped', ['reopen_to_previous_phase']],
    ['admin', 'scenario', 'experiment', 'go', RATIONALE, 'structural', 'stopped', ['reopen_to_previous_phase']],
    ['admin', 'rollout', 'scenario', 'no_go', RATIONALE, 'structural', 'stopped', ['reopen_to_previous_phase']],
    ['admin', null, 'scenario', 'go', RATIONALE, 'structural', 'stopped', ['reopen_to_previous_phase']],
    ['admin', null, 'experiment', 'go', RATIONALE, 'structural', 'stopped', ['reopen_to_previous_phase']],
    ['admin', 'stopped', 'experiment', 'go', RATIONALE, 'structural', 'stopped', ['reopen_to_previous_phase']],
    // the focus team may not reopen at all
    ['focus_team', 'experiment', 'experiment', 'go', RATIONALE, 'forbidden', 'stopped', ['stopped_is_final']],
    ['focus_team', 'experiment', 'experiment', 'no_go', RATIONALE, 'forbidden', 'stopped', ['stopped_is_final']],
    ['focus_team', 'experiment', 'scenario', 'go', RATIONALE, 'forbidden', 'stopped', ['stopped_is_final', 'reopen_to_previous_phase']],
    ['focus_team', 'experiment', 'experiment', 'go', null, 'forbidden', 'stopped', ['stopped_is_final', 'rationale']],
    ['project_member', 'rollout', 'rollout', 'go', null, 'forbidden', 'stopped', ['role', 'stopped_is_final', 'rationale']],
  ];

  it.each(rows)('%s, left %s, reopens to %s (%s, rationale %j): %s', (role, previousPhase, to, decision, rationale, kind, phase, unmet) => {
    const verdict = evaluateTransition(request({ from: 'stopped', to, decision, role, previousPhase, rationale }));
    expect(codes(verdict)).toEqual(unmet);
    expect(verdict.kind).toBe(kind);
    expect(verdict.newPhase).toBe(phase);
  });

  it('reopening needs no entry criteria of the phase reopened to', () => {
    const verdict = evaluateTransition(
      request({ from: 'stopped', to: 'experiment', previousPhase: 'experiment', facts: NONE_MET }),
    );
    expect(verdict.allowed).toBe(true);
  });

  it('names the phase the project may reopen to', () => {
    const verdict = evaluateTransition(request({ from: 'stopped', to: 'scenario', previousPhase: 'rollout' }));
    expect(verdict.unmet).toEqual([
      {
        criterion: 'reopen_to_previous_phase',
        message: 'A stopped project can only be reopened to the phase it left: rollout.',
      },
    ]);
  });
});

describe('evaluateTransition: malformed requests', () => {
  it.each<[Record<string, unknown>, string[]]>([
    [{ to: 'pilot' }, ['to']],
    [{ from: 'Scenario' }, ['from']],
    [{ decision: 'maybe' }, ['decision']],
    [{ from: undefined, to: null, decision: '' }, ['from', 'to', 'decision']],
  ])('%j is refused naming %j', (overrides, fields) => {
    const error = thrown(() =>
      evaluateTransition({ ...request({ from: 'scenario', to: 'experiment' }), ...overrides } as TransitionRequest),
    );
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(error.details?.errors ?? {})).toEqual(fields);
  });
});

describe('allowedTargets', () => {
  it.each<[Phase, UserRole | undefined, Phase | null, Phase[]]>([
    ['scenario', 'admin', null, ['experiment', 'stopped']],
    ['scenario', 'focus_team', null, ['experiment', 'stopped']],
    ['scenario', undefined, null, ['experiment', 'stopped']],
    ['scenario', 'project_member', null, []],
    ['experiment', 'admin', null, ['rollout', 'stopped']],
    ['experiment', 'focus_team', null, ['rollout', 'stopped']],
    ['experiment', 'project_member', null, []],
    ['rollout', 'admin', null, ['stopped']],
    ['rollout', 'focus_team', null, ['stopped']],
    ['rollout', 'project_member', null, []],
    ['stopped', 'admin', 'scenario', ['scenario']],
    ['stopped', 'admin', 'experiment', ['experiment']],
    ['stopped', 'admin', 'rollout', ['rollout']],
    ['stopped', undefined, 'rollout', ['rollout']],
    ['stopped', 'admin', null, []],
    ['stopped', 'admin', 'stopped', []],
    ['stopped', 'focus_team', 'experiment', []],
    ['stopped', 'project_member', 'experiment', []],
  ])('from %s for %s (left %s): %j', (from, role, previousPhase, targets) => {
    expect(allowedTargets(from, { role, previousPhase })).toEqual(targets);
  });

  it('defaults to no role and no previous phase', () => {
    expect(allowedTargets('scenario')).toEqual(['experiment', 'stopped']);
    expect(allowedTargets('stopped')).toEqual([]);
  });
});

describe('assertTransition', () => {
  it.each<[Partial<TransitionRequest> & Pick<TransitionRequest, 'from' | 'to'>, Phase]>([
    [{ from: 'scenario', to: 'experiment' }, 'experiment'],
    [{ from: 'experiment', to: 'rollout' }, 'rollout'],
    [{ from: 'rollout', to: 'stopped', role: 'focus_team' }, 'stopped'],
    [{ from: 'scenario', to: 'experiment', decision: 'no_go', facts: NONE_MET }, 'scenario'],
    [{ from: 'stopped', to: 'rollout', previousPhase: 'rollout' }, 'rollout'],
  ])('%j returns %s', (overrides, phase) => {
    expect(assertTransition(request(overrides))).toBe(phase);
  });

  it.each<[Partial<TransitionRequest> & Pick<TransitionRequest, 'from' | 'to'>, string, string[]]>([
    [{ from: 'scenario', to: 'experiment', facts: NONE_MET }, 'PHASE_GATE_UNMET', ['team_lead', 'milestone', 'indicator_target']],
    [{ from: 'experiment', to: 'rollout', facts: NONE_MET, rationale: '' }, 'PHASE_GATE_UNMET', ['approved_outcome_measurement', 'rationale']],
    [{ from: 'scenario', to: 'rollout' }, 'INVALID_TRANSITION', ['no_skipping']],
    [{ from: 'rollout', to: 'scenario', decision: 'no_go' }, 'INVALID_TRANSITION', ['no_going_back']],
    [{ from: 'experiment', to: 'experiment' }, 'INVALID_TRANSITION', ['same_phase']],
    [{ from: 'stopped', to: 'scenario', previousPhase: 'experiment' }, 'INVALID_TRANSITION', ['reopen_to_previous_phase']],
    [{ from: 'scenario', to: 'experiment', role: 'project_member' }, 'FORBIDDEN', ['role']],
    [{ from: 'scenario', to: 'rollout', role: 'project_member' }, 'FORBIDDEN', ['role', 'no_skipping']],
    [{ from: 'stopped', to: 'experiment', previousPhase: 'experiment', role: 'focus_team' }, 'FORBIDDEN', ['stopped_is_final']],
  ])('%j throws %s listing %j', (overrides, code, unmet) => {
    const error = thrown(() => assertTransition(request(overrides)));
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe(code);
    expect(error.details?.unmet?.map((u) => u.criterion)).toEqual(unmet);
    for (const item of error.details?.unmet ?? []) expect(error.message).toContain(item.message);
  });

  it('says which move was refused', () => {
    const error = thrown(() => assertTransition(request({ from: 'scenario', to: 'experiment', facts: { ...ALL_MET, hasLead: false } })));
    expect(error.message).toBe(
      'Cannot move the project from scenario to experiment: Appoint a team lead (trekker) on the project team.',
    );
  });
});
