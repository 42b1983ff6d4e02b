import { DomainError, ERROR_CODES, isDomainError } from './errors';

describe('DomainError', () => {
  it('is an Error carrying its code, message and details', () => {
    const unmet = [{ criterion: 'rationale', message: 'Write a rationale explaining the decision.' }];
    const error = new DomainError('PHASE_GATE_UNMET', 'Cannot move the project.', { unmet });
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toBeInstanceOf(Error);
    expect(isDomainError(error)).toBe(true);
    expect(error.name).toBe('DomainError');
    expect(error.code).toBe('PHASE_GATE_UNMET');
    expect(error.message).toBe('Cannot move the project.');
    expect(error.details).toEqual({ unmet });
    expect(error.stack).toContain('Cannot move the project.');
  });

  it('has no details unless given', () => {
    expect(new DomainError('NOT_FOUND', 'No project 7.').details).toBeUndefined();
  });

  it('keeps the prototype of a subclass', () => {
    class NotFoundError extends DomainError {}
    const error = new NotFoundError('NOT_FOUND', 'No project 7.');
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toBeInstanceOf(DomainError);
  });

  it('tells domain errors from others', () => {
    expect(isDomainError(new Error('plain'))).toBe(false);
    expect(isDomainError({ code: 'NOT_FOUND', message: 'look-alike' })).toBe(false);
  });

  it('lists the codes the API maps to statuses', () => {
    expect(ERROR_CODES).toEqual([
      'VALIDATION_FAILED',
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
      'TOO_MANY_REQUESTS',
      'METHOD_NOT_ALLOWED',
      'UNAVAILABLE',
    ]);
  });
});
