import { overallFigure } from './aggregation';
import type { Aggregation, Direction, IndicatorKind, IndicatorUnit } from './enums';
import { evidenceLevel, type EvidenceDesign, type EvidenceLevel, type EvidenceSource } from './evidence-level';
import { targetWasMet } from './indicator-progress';
import { quarterStart } from './quarter';
import { measurementValueProblems, RULE_WORDS, targetProblem } from './record-rules';

// Success criteria: what a project promises before its experiment starts. The scenario → experiment `go`
// fixes a hypothesis and, per outcome indicator, a threshold (a value reached by a date); the experiment →
// rollout gate judges each threshold against the approved figures. Fixing them up front keeps the lab honest:
// a criterion moves only through a revision with a reason, and one made once results were in says so.

/** A threshold as fixed at the gate: reach `value` (in the indicator's direction) by `byDate`. */
export interface SuccessThreshold {
  value: number;
  byDate: string;
}

/** What judging a threshold needs to know about its indicator. */
export interface CriterionIndicator {
  direction: Direction;
  aggregation: Aggregation;
  evidenceDesign?: EvidenceDesign | null;
  evidenceSource?: EvidenceSource | null;
  validatedBy?: string | null;
}

/** One approved quarter of the indicator. */
export interface ApprovedQuarter {
  period: string;
  value: number;
  peopleMeasured?: number | null;
}

export type CriterionStatus = 'met' | 'unmet' | 'no_data';

export interface CriterionJudgement {
  /** Met when the figure reaches the threshold in the indicator's direction. */
  met: boolean;
  /** `no_data`: no approved quarter counts yet; unmet too. */
  status: CriterionStatus;
  /** The approved quarters up to the one `byDate` falls in, added up by the indicator's aggregation. */
  figure: number | null;
  /** How many approved quarters the figure rests on. */
  quarters: number;
  /** The evidence level of the figures the judgement rests on. */
  evidence: EvidenceLevel;
}

/**
 * Whether a threshold is met by the approved figures:
 *
 * | approved quarters counted                   | figure                         | met when                                  |
 * |---------------------------------------------|--------------------------------|-------------------------------------------|
 * | none (before the first approval)            | null                           | never (`no_data`)                         |
 * | those starting on or before `byDate`, only  | by aggregation: sum/latest/avg | increase: figure ≥ value; decrease: ≤     |
 *
 * Quarters after the date do not count: a threshold reached late was not reached by the date promised. The
 * evidence level is that of the counted quarters (reusing the effectladder rule of evidence-level.ts).
 */
export function judgeCriterion(
  threshold: SuccessThreshold, indicator: CriterionIndicator, approved: readonly ApprovedQuarter[],
): CriterionJudgement {
  const counted = approved
    .filter((q) => quarterStart(q.period) <= threshold.byDate)
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const figure = overallFigure(indicator.aggregation, counted.map((q) => q.value));
  const met = targetWasMet(indicator.direction, threshold.value, figure);
  const evidence = evidenceLevel({
    design: indicator.evidenceDesign ?? 'none', source: indicator.evidenceSource ?? null, validatedBy: indicator.validatedBy ?? null,
    peopleMeasured: counted.length ? (counted[counted.length - 1].peopleMeasured ?? null) : null, approvedQuarters: counted.length,
  });
  return { met, status: figure === null ? 'no_data' : met ? 'met' : 'unmet', figure, quarters: counted.length, evidence };
}

/** A criterion as the gate sends it. */
export interface CriterionInput {
  indicatorId: number;
  value: number;
  byDate: string;
}

/** An indicator of the project, as the gate checks the criteria against them. */
export interface ProjectIndicatorFacts {
  id: number;
  name: string;
  kind: IndicatorKind;
  unit: IndicatorUnit;
  direction: Direction;
  baselineValue: number | null;
}

// Words of the API for the field errors below; libs/domain/field-errors.ts gives each its code.
export const CRITERIA_WORDS = {
  hypothesisRequired: 'is required for the go into the experiment: write what the project expects to change, and for whom',
  criteriaRequired: 'is required for the go into the experiment: a success threshold (indicatorId, value, byDate) for each outcome indicator',
  notOutcome: 'is not an outcome indicator: success criteria are fixed for outcome indicators only',
  twice: 'appears twice: one success criterion per indicator',
  onlyIntoExperiment: 'can only be given with the go from scenario into the experiment; a fixed criterion changes through a revision',
  override: 'can only be given with a go into rollout while success criteria are unmet',
  overrideTrue: 'must be true to go into rollout against unmet success criteria with an overrideRationale',
} as const;
export const missingThresholdWords = (name: string, id: number) =>
  `misses a success threshold for the outcome indicator '${name}' (id ${id}): add one with its value and byDate`;
export const notProjectIndicatorWords = (code: string) => `is not an indicator of project ${code}`;
export const overrideRationaleWords = (unmet: number) =>
  `is required: ${unmet} success ${unmet === 1 ? 'criterion is' : 'criteria are'} unmet; explain why the project goes into rollout anyway`;

/**
 * The field errors of a scenario → experiment `go`: a hypothesis, and exactly one threshold per outcome
 * indicator of the project, each on an outcome indicator of this project, with a value the indicator can take
 * on the side of its baseline it should move to. Empty when the go may record them.
 */
export function successCriteriaProblems(
  input: { hypothesis?: string | null; criteria?: readonly CriterionInput[] | null },
  indicators: readonly ProjectIndicatorFacts[],
  projectCode: string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!input.hypothesis || input.hypothesis.trim() === '') errors.hypothesis = CRITERIA_WORDS.hypothesisRequired;
  const outcomes = indicators.filter((i) => i.kind === 'outcome');
  const criteria = input.criteria ?? null;
  if (criteria === null) {
    if (outcomes.length > 0) errors.criteria = CRITERIA_WORDS.criteriaRequired;
    return errors;
  }
  const byId = new Map(indicators.map((i) => [i.id, i]));
  const seen = new Set<number>();
  criteria.forEach((c, n) => {
    const at = `criteria.${n}`;
    const indicator = byId.get(c.indicatorId);
    if (!indicator) errors[`${at}.indicatorId`] = notProjectIndicatorWords(projectCode);
    else if (indicator.kind !== 'outcome') errors[`${at}.indicatorId`] = CRITERIA_WORDS.notOutcome;
    else if (seen.has(indicator.id)) errors[`${at}.indicatorId`] = CRITERIA_WORDS.twice;
    else {
      seen.add(indicator.id);
      const rule = targetProblem(indicator, c.value) ?? measurementValueProblems(indicator.unit, c.value).value ?? null;
      if (rule) errors[`${at}.value`] = RULE_WORDS[rule];
    }
  });
  const missing = outcomes.filter((i) => !criteria.some((c) => c.indicatorId === i.id));
  if (missing.length > 0) errors.criteria = missingThresholdWords(missing[0].name, missing[0].id);
  return errors;
}

/** A revision of a fixed criterion: a new value, a new date, or both, different from what holds now. */
export function criterionRevisionProblems(
  current: SuccessThreshold, revision: { value?: number | null; byDate?: string | null },
  indicator: Pick<ProjectIndicatorFacts, 'unit' | 'direction' | 'baselineValue'>,
): Record<string, string> {
  const value = revision.value ?? null;
  const byDate = revision.byDate ?? null;
  if ((value === null || value === current.value) && (byDate === null || byDate === current.byDate)) {
    return { value: 'is unchanged: give a new value or a new byDate (or both) for the revision' };
  }
  if (value === null) return {};
  const rule = targetProblem(indicator, value) ?? measurementValueProblems(indicator.unit, value).value ?? null;
  return rule ? { value: RULE_WORDS[rule] } : {};
}

/** Words for a plain write of a fixed criterion: it changes only through a revision. */
export const criterionFixedWords = (id: number) =>
  `is fixed at the gate; change it through a revision with a reason (POST /api/success-criteria/${id}/revisions)`;

/**
 * The field errors of the override fields on a gate decision. An override is a `go` into rollout against
 * unmet success criteria, with its own rationale; on any other decision the fields are refused.
 */
export function overrideProblems(
  req: { to: string; decision: string; override?: boolean | null; overrideRationale?: string | null }, unmetCriteria: number,
): Record<string, string> {
  const given = req.override === true || (req.overrideRationale != null && req.overrideRationale.trim() !== '');
  if (!given) return {};
  if (req.to !== 'rollout' || req.decision !== 'go' || unmetCriteria === 0) return { override: CRITERIA_WORDS.override };
  if (req.override !== true) return { override: CRITERIA_WORDS.overrideTrue };
  if (req.overrideRationale == null || req.overrideRationale.trim() === '') return { overrideRationale: overrideRationaleWords(unmetCriteria) };
  return {};
}
