import type { QuarterImportResult } from './contracts/quarters';
// The API's single error filter maps these codes to HTTP statuses; the domain never knows about HTTP.
export const ERROR_CODES = [
  'VALIDATION_FAILED',
  /** A rule that combines fields or records is broken (a check the database enforces too). */
  'RULE_BROKEN',
  'NOT_FOUND',
  'STALE_VERSION',
  'CONFLICT',
  'REFERENCED',
  'INVALID_REFERENCE',
  'PHASE_GATE_UNMET',
  'INVALID_TRANSITION',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'TOO_MANY_ATTEMPTS',
  /** A client sent more requests in a window than the API takes from one client. */
  'TOO_MANY_REQUESTS',
  /** The route exists, but not for this method: history and reference data are not written here. */
  'METHOD_NOT_ALLOWED',
  /** The work cannot be taken on now (too many report files or password checks waiting): retry after Retry-After. */
  'UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One reason a transition was refused: a stable code for machines, a sentence saying what to do. */
export interface UnmetCriterion {
  criterion: string;
  message: string;
}

export interface DomainErrorDetails {
  /** Every unmet criterion of a refused phase transition (answered as `unmet`). */
  unmet?: UnmetCriterion[];
  /** What to fix per field, in react-admin's server-side validation shape (answered as `errors`). */
  errors?: Record<string, string>;
  /** For a refused delete: how many records of each table still refer to it (answered as `dependents`). */
  dependents?: Record<string, number>;
  /** For an import that was refused as a whole: what the file says per row, and why rows are refused. */
  import?: QuarterImportResult;
}

export class DomainError extends Error {
  // Plain fields rather than constructor parameter properties: the dashboard's TypeScript settings
  // (erasableSyntaxOnly) refuse syntax that is not simply erased.
  readonly code: ErrorCode;
  readonly details?: DomainErrorDetails;

  constructor(code: ErrorCode, message: string, details?: DomainErrorDetails) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    if (details !== undefined) this.details = details;
    // When compiled down to ES5, `extends Error` yields a plain Error and `instanceof DomainError` fails.
    Object.setPrototypeOf(this, new.target.prototype);
  }
}

export function isDomainError(value: unknown): value is DomainError {
  return value instanceof DomainError;
}
