import type { Phase } from './enums';
import { evaluateTransition, gateChecklist, nextPhase, type GateFacts } from './phase-gate';
import { ALL_MET, NONE_MET, RATIONALE } from './testing/phase-gate';

describe('nextPhase', () => {
  it.each<[Phase, Phase | null]>([
    ['scenario', 'experiment'],
    ['experiment', 'rollout'],
    ['rollout', null],
    ['stopped', null],
  ])('after %s comes %s', (from, next) => {
    expect(nextPhase(from)).toBe(next);
  });
});

describe('gateChecklist', () => {
  type Row = [Phase, Phase, GateFacts, string | null, Record<string, boolean>];
  const rows: Row[] = [
    ['scenario', 'experiment', NONE_MET, null, { team_lead: false, milestone: false, indicator_target: false }],
    ['scenario', 'experiment', ALL_MET, null, { team_lead: true, milestone: true, indicator_target: true }],
    ['scenario', 'experiment', { ...NONE_MET, hasLead: true, milestoneCount: 3 }, null, { team_lead: true, milestone: true, indicator_target: false }],
    ['experiment', 'rollout', NONE_MET, null, { approved_outcome_measurement: false, rationale: false }],
    ['experiment', 'rollout', ALL_MET, null, { approved_outcome_measurement: true, rationale: false }],
    ['experiment', 'rollout', ALL_MET, RATIONALE, { approved_outcome_measurement: true, rationale: true }],
    ['experiment', 'rollout', ALL_MET, '   ', { approved_outcome_measurement: true, rationale: false }],
    ['rollout', 'stopped', ALL_MET, null, { rationale: false }],
    ['stopped', 'experiment', ALL_MET, RATIONALE, { rationale: true }],
    // no such gate: nothing to check
    ['scenario', 'rollout', ALL_MET, null, {}],
    ['rollout', 'experiment', ALL_MET, null, {}],
    ['experiment', 'experiment', ALL_MET, null, {}],
  ];

  it.each(rows)('%s → %s with %j and rationale %j', (from, to, facts, rationale, expected) => {
    const checks = gateChecklist(from, to, facts, rationale);
    expect(Object.fromEntries(checks.map((c) => [c.criterion, c.met]))).toEqual(expected);
  });

  it.each(rows.filter(([from, to]) => gateChecklist(from, to, ALL_MET).length > 0 && from !== 'stopped'))(
    'agrees with the gate itself: %s → %s is refused on criteria exactly when a check is unmet',
    (from, to, facts, rationale) => {
      const verdict = evaluateTransition({ from, to, decision: 'go', rationale, facts, role: 'admin', previousPhase: null });
      const unmet = gateChecklist(from, to, facts, rationale).filter((c) => !c.met).map((c) => c.criterion);
      expect(verdict.unmet.map((u) => u.criterion).sort()).toEqual([...unmet].sort());
    },
  );
});
