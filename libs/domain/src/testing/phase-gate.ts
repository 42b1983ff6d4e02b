import type { GateFacts, TransitionRequest, TransitionVerdict } from '../phase-gate';

export const ALL_MET: GateFacts = { hasLead: true, milestoneCount: 2, indicatorsWithTarget: 1, approvedOutcomeMeasurements: 1 };
export const NONE_MET: GateFacts = { hasLead: false, milestoneCount: 0, indicatorsWithTarget: 0, approvedOutcomeMeasurements: 0 };
export const RATIONALE = 'The first two quarters show more placements than planned.';

export function request(overrides: Partial<TransitionRequest> & Pick<TransitionRequest, 'from' | 'to'>): TransitionRequest {
  return { decision: 'go', rationale: RATIONALE, role: 'admin', previousPhase: null, facts: ALL_MET, ...overrides };
}

export function codes(verdict: TransitionVerdict): string[] {
  return verdict.unmet.map((u) => u.criterion);
}
