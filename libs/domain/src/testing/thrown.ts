import { DomainError } from '../errors';

/** The DomainError a call throws; fails the test when it throws nothing or something else. */
export function thrown(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError, nothing was thrown');
}
