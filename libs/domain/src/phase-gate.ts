import { GATE_DECISIONS, PHASES, isOneOf } from './enums';
import type { GateDecision, Phase, UserRole } from './enums';
import { DomainError } from './errors';
import type { ErrorCode, UnmetCriterion } from './errors';
import type { CriterionJudgement } from './success-criteria';

// The phase gate: which phase may follow which, who may decide, and what a project must show before a
// `go`. The API calls it inside the transaction that records the PhaseDecision; the dashboard calls
// allowedTargets to decide which buttons to offer. Both therefore refuse for the same reasons.

/** Stable codes of every reason a transition can be refused; clients may key translations on them. */
export const GATE_CRITERIA = [
  // who decides
  'role',
  'stopped_is_final',
  // which phase may follow which
  'same_phase',
  'no_skipping',
  'no_going_back',
  'reopen_to_previous_phase',
  // what a `go` requires
  'team_lead',
  'milestone',
  'indicator_target',
  'approved_outcome_measurement',
  'rationale',
  // into rollout: the success criteria fixed at the experiment's start, met or explicitly overridden
  'success_criteria',
  /** One success criterion of the checklist (met or not from the approved figures); never a refusal of its own. */
  'success_criterion',
] as const;
export type GateCriterion = (typeof GATE_CRITERIA)[number];

export const DECIDING_ROLES: readonly UserRole[] = ['focus_team', 'admin'];

/** What the API counts on the project before asking the gate; the gate itself reads no data. */
export interface GateFacts {
  hasLead: boolean;
  milestoneCount: number;
  indicatorsWithTarget: number;
  approvedOutcomeMeasurements: number;
  /** Success criteria of the project the approved figures do not meet (none recorded: 0). */
  unmetSuccessCriteria?: number;
}

export interface TransitionRequest {
  from: Phase;
  to: Phase;
  decision: GateDecision;
  rationale?: string | null;
  /** Who decides; undefined skips every role rule (the app itself, loading the demo lab, acts as nobody). */
  role?: UserRole;
  /** For a stopped project: the phase it was in before it was stopped, the only one it may reopen to. */
  previousPhase?: Phase | null;
  facts: GateFacts;
  /** A `go` into rollout against unmet success criteria, taken knowingly (its rationale is checked apart). */
  override?: boolean | null;
}

export interface TransitionVerdict {
  allowed: boolean;
  /**
   * Why not, by precedence: `forbidden` (the role may not take this decision), `structural` (this phase
   * cannot follow that one), `criteria` (a `go` whose entry criteria are unmet); `ok` when allowed.
   */
  kind: 'forbidden' | 'structural' | 'criteria' | 'ok';
  /** Every reason at once, so a team can fix them all before asking again. */
  unmet: UnmetCriterion[];
  /** `to` for an allowed `go`; `from` otherwise, as a `no_go` is recorded but changes nothing. */
  newPhase: Phase;
}

const FORWARD_ORDER: Record<Exclude<Phase, 'stopped'>, number> = { scenario: 0, experiment: 1, rollout: 2 };
const NEXT_PHASE: Record<Exclude<Phase, 'stopped'>, Phase | null> = {
  scenario: 'experiment',
  experiment: 'rollout',
  rollout: null,
};

function unmet(criterion: GateCriterion, message: string): UnmetCriterion {
  return { criterion, message };
}

function isBlank(text: string | null | undefined): boolean {
  return text === null || text === undefined || text.trim() === '';
}

function isReopenablePhase(phase: Phase | null | undefined): phase is Exclude<Phase, 'stopped'> {
  return phase !== null && phase !== undefined && phase !== 'stopped' && isOneOf(PHASES, phase);
}

function roleUnmet(from: Phase, to: Phase, role: UserRole | undefined): UnmetCriterion[] {
  if (role === undefined) return [];
  const reasons: UnmetCriterion[] = [];
  if (!DECIDING_ROLES.includes(role)) {
    reasons.push(unmet('role', 'Only the focus team or an admin can decide on a phase gate.'));
  }
  // Any decider could take this decision if they were an admin: a matter of who asks, hence forbidden.
  if (from === 'stopped' && to !== 'stopped' && role !== 'admin') {
    reasons.push(unmet('stopped_is_final', 'A stopped project stays stopped; only an admin can reopen it.'));
  }
  return reasons;
}

function structuralUnmet(from: Phase, to: Phase, previousPhase: Phase | null | undefined): UnmetCriterion[] {
  if (from === to) return [unmet('same_phase', `The project is already in the ${from} phase.`)];
  if (from === 'stopped') {
    if (isReopenablePhase(previousPhase) && to === previousPhase) return [];
    return [
      unmet(
        'reopen_to_previous_phase',
        isReopenablePhase(previousPhase)
          ? `A stopped project can only be reopened to the phase it left: ${previousPhase}.`
          : 'A stopped project can only be reopened to the phase it left, and that phase is not recorded.',
      ),
    ];
  }
  if (to === 'stopped') return [];
  const step = FORWARD_ORDER[to] - FORWARD_ORDER[from];
  if (step < 0) return [unmet('no_going_back', `A project cannot go back from ${from} to ${to}.`)];
  if (step > 1) {
    return [unmet('no_skipping', `Phases cannot be skipped: after ${from} comes ${NEXT_PHASE[from]}.`)];
  }
  return [];
}

function entryCriteriaUnmet(req: TransitionRequest): UnmetCriterion[] {
  const { from, to, facts } = req;
  const reasons: UnmetCriterion[] = [];
  if (from !== 'stopped' && to === 'experiment') {
    if (!facts.hasLead) reasons.push(unmet('team_lead', 'Appoint a team lead (trekker) on the project team.'));
    if (!(facts.milestoneCount >= 1)) reasons.push(unmet('milestone', 'Add at least one milestone to the project.'));
    if (!(facts.indicatorsWithTarget >= 1)) {
      reasons.push(unmet('indicator_target', 'Set a target value on at least one indicator.'));
    }
  }
  if (from !== 'stopped' && to === 'rollout' && !(facts.approvedOutcomeMeasurements >= 1)) {
    reasons.push(
      unmet(
        'approved_outcome_measurement',
        'Have at least one measurement on an outcome indicator approved by the focus team.',
      ),
    );
  }
  const unmetCriteria = facts.unmetSuccessCriteria ?? 0;
  if (from !== 'stopped' && to === 'rollout' && unmetCriteria > 0 && req.override !== true) {
    reasons.push(
      unmet(
        'success_criteria',
        `${unmetCriteria} success ${unmetCriteria === 1 ? 'criterion is' : 'criteria are'} not met by the approved figures: `
          + 'record a no-go, or decide the go as an override (override: true with an overrideRationale).',
      ),
    );
  }
  // Going further, stopping and reopening all need a written reason; entering the experiment needs a
  // plan (lead, milestone, target) instead, which speaks for itself.
  const needsRationale = from === 'stopped' || to === 'rollout' || to === 'stopped';
  if (needsRationale && isBlank(req.rationale)) {
    reasons.push(unmet('rationale', 'Write a rationale explaining the decision.'));
  }
  return reasons;
}

function assertWellFormed(req: TransitionRequest): void {
  const errors: Record<string, string> = {};
  const choosePhase = `Choose one of: ${PHASES.join(', ')}.`;
  if (!isOneOf(PHASES, req.from)) errors['from'] = choosePhase;
  if (!isOneOf(PHASES, req.to)) errors['to'] = choosePhase;
  if (!isOneOf(GATE_DECISIONS, req.decision)) errors['decision'] = `Choose one of: ${GATE_DECISIONS.join(', ')}.`;
  if (Object.keys(errors).length > 0) {
    throw new DomainError('VALIDATION_FAILED', 'The phase transition request is incomplete.', { errors });
  }
}

export function evaluateTransition(req: TransitionRequest): TransitionVerdict {
  assertWellFormed(req);
  const { from, to, decision } = req;
  const forbidden = roleUnmet(from, to, req.role);
  const structural = structuralUnmet(from, to, req.previousPhase);
  // A no-go is recorded precisely because criteria are unmet, so criteria only apply to a go. A refused
  // role does not hide them: a team can see what is missing before the focus team decides.
  const criteria = decision === 'go' && structural.length === 0 ? entryCriteriaUnmet(req) : [];
  const kind =
    forbidden.length > 0 ? 'forbidden' : structural.length > 0 ? 'structural' : criteria.length > 0 ? 'criteria' : 'ok';
  const allowed = kind === 'ok';
  return {
    allowed,
    kind,
    unmet: [...forbidden, ...structural, ...criteria],
    newPhase: allowed && decision === 'go' ? to : from,
  };
}

/**
 * The phases a decision may lead to from `from`, ignoring entry criteria: the buttons to offer. Empty for
 * a role that may not decide.
 */
export function allowedTargets(
  from: Phase,
  opts: { role?: UserRole; previousPhase?: Phase | null } = {},
): Phase[] {
  return PHASES.filter(
    (to) => roleUnmet(from, to, opts.role).length === 0 && structuralUnmet(from, to, opts.previousPhase).length === 0,
  );
}

const ERROR_CODE_OF_KIND: Record<Exclude<TransitionVerdict['kind'], 'ok'>, ErrorCode> = {
  forbidden: 'FORBIDDEN',
  structural: 'INVALID_TRANSITION',
  criteria: 'PHASE_GATE_UNMET',
};

/**
 * The phase the project is in after the decision, or a DomainError (FORBIDDEN, INVALID_TRANSITION or
 * PHASE_GATE_UNMET) whose `details.unmet` lists every unmet criterion.
 */
export function assertTransition(req: TransitionRequest): Phase {
  const verdict = evaluateTransition(req);
  if (verdict.kind === 'ok') return verdict.newPhase;
  const action = req.decision === 'go' ? 'move the project' : 'record a no-go for moving the project';
  throw new DomainError(
    ERROR_CODE_OF_KIND[verdict.kind],
    `Cannot ${action} from ${req.from} to ${req.to}: ${verdict.unmet.map((u) => u.message).join(' ')}`,
    { unmet: verdict.unmet },
  );
}

/** The phase a `go` at the next gate leads to: scenario → experiment → rollout; none after rollout or once stopped. */
export function nextPhase(from: Phase): Phase | null {
  return from === 'stopped' ? null : NEXT_PHASE[from];
}

/** One entry criterion of a gate and whether the project meets it now; `rationale` is met by the decision itself. */
export interface GateCheck {
  criterion: GateCriterion;
  met: boolean;
  /** For `success_criterion`: which criterion, judged from the approved figures. */
  successCriterion?: GateCriterionCheck;
}

/** A success criterion as the rollout gate lists it. */
export interface GateCriterionCheck {
  id: number;
  indicatorId: number;
  indicatorName: string;
  value: number;
  byDate: string;
  judgement: CriterionJudgement;
  changedAfterResults: boolean;
}

/**
 * Every entry criterion of the gate from `from` to `to`, met or not so far: the same rule evaluateTransition
 * applies to a `go`, read as a checklist. The rationale is written at the decision, so it is listed unmet
 * until then (`rationale` given: judged as given).
 */
export function gateChecklist(
  from: Phase, to: Phase, facts: GateFacts, rationale: string | null = null, criteria: readonly GateCriterionCheck[] = [],
): GateCheck[] {
  if (structuralUnmet(from, to, null).length > 0 && from !== 'stopped') return [];
  const unmetNow = new Set(entryCriteriaUnmet({ from, to, decision: 'go', rationale, facts }).map((u) => u.criterion));
  const applies: GateCriterion[] =
    from === 'stopped' ? ['rationale']
    : to === 'experiment' ? ['team_lead', 'milestone', 'indicator_target']
    : to === 'rollout' ? ['approved_outcome_measurement', 'rationale']
    : to === 'stopped' ? ['rationale']
    : [];
  const checks: GateCheck[] = applies.map((criterion) => ({ criterion, met: !unmetNow.has(criterion as GateCriterion) }));
  // Into rollout, each success criterion is listed with its judgement; unmet ones ask for an override, not a refusal.
  if (from !== 'stopped' && to === 'rollout') {
    for (const c of criteria) checks.push({ criterion: 'success_criterion', met: c.judgement.met, successCriterion: c });
  }
  return checks;
}
