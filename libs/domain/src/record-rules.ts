import type { Direction, MeasurementStatus, MilestoneStatus } from './enums';
import { targetMatchesDirection } from './indicator-progress';
import { isMeasurementEditable, unitRuleBroken } from './measurement-review';
import { PASSWORD_RULE_WORDS } from './passwords';
import { isStatusUpdateEditable, type StatusUpdateStatus } from './status-update-review';

// The rules of a single record that span its fields, each a pure `…Problems(values) → { field: rule }`.
// The API words a rule with RULE_WORDS; the dashboard with its own translation of the same rule, so both
// refuse the same input for the same reason.

export const RULE_WORDS = {
  percent: 'is a percentage: between 0 and 100',
  count: 'is a count: a whole number, not negative',
  target_after_baseline: 'must be on or after the baseline date',
  target_increase: 'must be above the baseline for an indicator that should increase',
  target_decrease: 'must be below the baseline for an indicator that should decrease',
  end_before_start: 'must be on or after the start date',
  indicator_required: 'is required for an outcome contract: the indicator whose outcome is paid for',
  required_for_outcome_contract: 'is required for an outcome contract',
  completed_required: 'is required when the milestone is done',
  submitted: 'is submitted for review: wait for the focus team to approve or return it',
  approved: 'is approved: the focus team must reopen the measurement, with a reason, before it can be corrected',
  status_update_submitted: 'is submitted and locked: reopen the status update first (the focus team or an administrator, with a reason)',
  ...PASSWORD_RULE_WORDS,
} as const;
export type Rule = keyof typeof RULE_WORDS;
/** Field → the rule its value breaks. Empty when the record is fine. */
export type Problems = Record<string, Rule>;

/** Problems in words, as the API answers them: `{ field: "what to fix" }`. */
export function inWords(problems: Problems): Record<string, string> {
  return Object.fromEntries(Object.entries(problems).map(([field, rule]) => [field, RULE_WORDS[rule]]));
}

const isSet = (v: number | null | undefined): v is number => v !== null && v !== undefined;
const outOfPercent = (v: number | null | undefined) => isSet(v) && (v < 0 || v > 100);

/** A measured value fits its indicator's unit: a percentage 0–100, a count whole and not negative. */
export function measurementValueProblems(unit: string, value: number): Problems {
  const broken = unitRuleBroken(unit, value);
  return broken ? { value: broken } : {};
}

/** A target lies on the side of the baseline the indicator should move to, and within a percentage's range. */
export function targetProblem(i: { unit: string; direction?: Direction | null; baselineValue?: number | null }, target: number): Rule | null {
  if (i.unit === 'percent' && outOfPercent(target)) return 'percent';
  const direction = i.direction ?? 'increase';
  if (isSet(i.baselineValue) && target !== i.baselineValue && !targetMatchesDirection(direction, i.baselineValue, target)) {
    return direction === 'increase' ? 'target_increase' : 'target_decrease';
  }
  return null;
}

export interface IndicatorValues {
  unit?: string | null;
  direction?: Direction | null;
  baselineValue?: number | null;
  targetValue?: number | null;
  baselineDate?: string | null;
  targetDate?: string | null;
}

/** An indicator's baseline and target: percentages in range, the target after the baseline and on its right side. */
export function indicatorProblems(i: IndicatorValues): Problems {
  const problems: Problems = {};
  if (i.unit === 'percent' && outOfPercent(i.baselineValue)) problems.baselineValue = 'percent';
  if (i.baselineDate && i.targetDate && i.targetDate < i.baselineDate) problems.targetDate = 'target_after_baseline';
  if (isSet(i.targetValue)) {
    const rule = targetProblem({ unit: i.unit ?? '', direction: i.direction, baselineValue: i.baselineValue }, i.targetValue);
    if (rule) problems.targetValue = rule;
  }
  return problems;
}

export interface AgreementValues {
  kind?: string | null;
  indicatorId?: number | null;
  pricePerUnitCents?: number | null;
  maxPaymentCents?: number | null;
  startDate?: string | null;
  endDate?: string | null;
}

/** An outcome contract pays for one indicator, at a price, up to a maximum; any agreement ends after it starts. */
export function agreementProblems(a: AgreementValues): Problems {
  const problems: Problems = {};
  if (a.kind === 'outcome_contract') {
    if (!isSet(a.indicatorId)) problems.indicatorId = 'indicator_required';
    if (!isSet(a.pricePerUnitCents)) problems.pricePerUnitCents = 'required_for_outcome_contract';
    if (!isSet(a.maxPaymentCents)) problems.maxPaymentCents = 'required_for_outcome_contract';
  }
  if (a.startDate && a.endDate && a.endDate < a.startDate) problems.endDate = 'end_before_start';
  return problems;
}

/**
 * The completion date a milestone is saved with: marking it done dates it today unless a date is given;
 * reopening it clears the date. `undefined`: leave what is stored (or sent) as it is.
 */
export function milestoneCompletedDate(
  sent: { status?: MilestoneStatus; completedDate?: string | null },
  stored: { status: MilestoneStatus; completedDate: string | null } | null,
  today: string,
): string | null | undefined {
  const status = sent.status ?? stored?.status ?? 'planned';
  if (status === 'done' && !(sent.completedDate ?? stored?.completedDate)) return today;
  if (status !== 'done' && sent.status !== undefined && stored?.completedDate && sent.completedDate === undefined) return null;
  return undefined;
}

/** A done milestone has its completion date. */
export function milestoneProblems(m: { status?: string | null; completedDate?: string | null }): Problems {
  return m.status === 'done' && !m.completedDate ? { completedDate: 'completed_required' } : {};
}

/** What a team records of a measurement; frozen while it is submitted or approved. */
export const MEASUREMENT_CONTENT_FIELDS = ['indicatorId', 'period', 'value', 'note', 'evidenceUrl', 'peopleMeasured', 'parts'] as const;

/** Changing a submitted or approved measurement's content: each changed field and why it cannot change. */
export function measurementEditProblems(status: MeasurementStatus, changed: readonly string[]): Problems {
  if (isMeasurementEditable(status) || changed.length === 0) return {};
  const rule: Rule = status === 'approved' ? 'approved' : 'submitted';
  return Object.fromEntries(changed.map((field) => [field, rule]));
}

/** Changing a submitted status update's content: each changed field and why it cannot change (reopen it first). */
export function statusUpdateEditProblems(status: StatusUpdateStatus, changed: readonly string[]): Problems {
  if (isStatusUpdateEditable(status) || changed.length === 0) return {};
  return Object.fromEntries(changed.map((field) => [field, 'status_update_submitted' as const]));
}
