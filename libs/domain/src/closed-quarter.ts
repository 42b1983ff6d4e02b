import { DomainError } from './errors';
import type { UserRole } from './enums';
import type { QuarterlyReport } from './contracts/reports';

/**
 * A closed quarter (afgesloten kwartaal). Freezing the council's version of a lab's quarterly report closes
 * that quarter for the lab: the figures the council received stay as they were. From then on only an
 * administrator may change what counts in it (reopen an approved measurement or a submitted status update,
 * or write a new measurement into it), always with a reason; each such change is a correction on record
 * against the frozen version, and the next quarter's report lists it.
 */
export const CLOSED_QUARTER_ROLES: readonly UserRole[] = ['admin'];

/** What a correction changes: an approved measurement reopened, a new measurement, or a status update reopened. */
export const CORRECTION_KINDS = ['reopen', 'new_measurement', 'status_update'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];

/** The most characters a correction's reason takes. */
export const MAX_CORRECTION_REASON = 4000;

/** The API's words for a missing reason (a field error with its own code, closed_quarter_reason). */
export const CLOSED_QUARTER_REASON_WORDS = 'is required in a closed quarter: say why the figure the council received changes';

export interface ClosedQuarterWrite {
  /** The frozen version that closed the quarter (the latest), or null when the quarter is open. */
  closedBy: { version: number; period: string } | null;
  role: UserRole;
  reason?: string | null;
  /** What is asked: reopening a measurement or status update, or writing a new measurement. */
  kind: CorrectionKind;
}

/** Whether the write needs the closed-quarter rule at all, and if so passes it: the trimmed reason, or a DomainError. */
export function assertClosedQuarterWrite(req: ClosedQuarterWrite): string | null {
  if (!req.closedBy) return null;
  const { period, version } = req.closedBy;
  if (!CLOSED_QUARTER_ROLES.includes(req.role)) {
    const what = req.kind === 'new_measurement' ? 'write a new measurement into it' : req.kind === 'status_update' ? 'reopen its status updates' : 'reopen its approved measurements';
    throw new DomainError(
      'FORBIDDEN',
      `${period} is closed: its report was frozen for the council (v${version}). Only an administrator may ${what}, with a reason, as a correction on record.`,
      { unmet: [{ criterion: 'closed_quarter', message: `${period} is closed (frozen v${version}): only an administrator may correct it.` }] },
    );
  }
  const reason = req.reason?.trim() ?? '';
  if (!reason) {
    throw new DomainError('VALIDATION_FAILED', `Invalid correction: reason ${CLOSED_QUARTER_REASON_WORDS}.`, { errors: { reason: CLOSED_QUARTER_REASON_WORDS } });
  }
  return reason;
}

/**
 * Which corrections a quarter's report lists: those of earlier quarters recorded since the lab last froze an
 * earlier quarter's report (`since`: that freeze's moment, or null when none was frozen), so each correction
 * reaches the council once, in the first report frozen after it.
 */
export function correctionListed(c: { period: string; correctedAt: string }, reportPeriod: string, since: string | null): boolean {
  return c.period < reportPeriod && (since === null || c.correctedAt > since);
}

/** The effect of a correction on one outcome contract's payment of the corrected quarter, in cents. */
export function paymentEffect(frozenDueCents: number, correctedDueCents: number): { frozenDueCents: number; correctedDueCents: number; differenceCents: number } {
  return { frozenDueCents, correctedDueCents, differenceCents: correctedDueCents - frozenDueCents };
}

/** One figure of a frozen report that the live report now says otherwise. */
export interface LiveDifference {
  projectCode: string;
  /** The indicator, or null for an outcome contract's payment. */
  indicatorId: number | null;
  item: string;
  field: 'value' | 'figure' | 'dueCents';
  frozen: number | null;
  live: number | null;
}

/** The most differences a frozen version's page lists (the count says how many there are in all). */
export const MAX_LIVE_DIFFERENCES = 200;

/**
 * Where the live report of a quarter differs from its frozen version: each indicator's value and overall
 * figure, and each outcome contract's payment. A project or indicator added or gone counts too.
 */
export function liveDifferences(frozen: Pick<QuarterlyReport, 'projects' | 'payments'>, live: Pick<QuarterlyReport, 'projects' | 'payments'>): LiveDifference[] {
  const out: LiveDifference[] = [];
  const key = (code: string, id: number) => `${code}#${id}`;
  type Line = { code: string; id: number; name: string; value: number | null; figure: number | null };
  const lines = (r: Pick<QuarterlyReport, 'projects'>) =>
    new Map<string, Line>(r.projects.flatMap((p) => p.indicators.map((i) => [key(p.code, i.id), { code: p.code, id: i.id, name: i.name, value: i.value, figure: i.figure }] as const)));
  const before = lines(frozen);
  const after = lines(live);
  for (const k of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(k);
    const a = after.get(k);
    const line = (a ?? b)!;
    for (const field of ['value', 'figure'] as const) {
      const f = b ? b[field] : null;
      const l = a ? a[field] : null;
      if (f !== l) out.push({ projectCode: line.code, indicatorId: line.id, item: line.name, field, frozen: f, live: l });
    }
  }
  const pay = (r: Pick<QuarterlyReport, 'payments'>) => new Map(r.payments.map((p) => [p.agreementId, p]));
  const pb = pay(frozen);
  const pa = pay(live);
  for (const id of new Set([...pb.keys(), ...pa.keys()])) {
    const b = pb.get(id);
    const a = pa.get(id);
    const f = b?.dueCents ?? null;
    const l = a?.dueCents ?? null;
    if (f !== l) out.push({ projectCode: (a ?? b)!.projectCode, indicatorId: null, item: (a ?? b)!.title, field: 'dueCents', frozen: f, live: l });
  }
  return out;
}

/** The most corrections one report or one frozen version's page lists (`total` says how many there are). */
export const MAX_REPORT_CORRECTIONS = 500;

/** The sum of payment differences in cents, which may be negative (sumCents takes amounts, never below 0). */
export function sumDifferences(cents: readonly number[]): number {
  return cents.reduce((n, c) => n + c, 0);
}
