import { DomainError } from '@lab/domain';

/** Throws one 400 naming every field in `errors`, or nothing when it is empty. */
export function throwFieldErrors(what: string, errors: Record<string, string>): void {
  const entries = Object.entries(errors);
  if (entries.length === 0) return;
  throw new DomainError('VALIDATION_FAILED', `Invalid ${what}: ${entries.map(([f, m]) => `${f} ${m}`).join('; ')}`, { errors });
}
