import { type ArgumentMetadata, ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError } from '@lab/domain';

/** Flattens class-validator's tree into react-admin's `{ field: message }` shape. */
export function validationErrors(errors: ValidationError[], prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      const messages = Object.entries(error.constraints).map(([name, text]) =>
        name === 'whitelistValidation' ? `unknown field "${error.property}": remove it` : text,
      );
      out[field] = messages[0];
    }
    if (error.children?.length) Object.assign(out, validationErrors(error.children, field));
  }
  return out;
}

export const VALIDATION_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  forbidUnknownValues: true,
  validationError: { target: false, value: false },
  exceptionFactory: (errors: ValidationError[]) => {
    const fieldErrors = validationErrors(errors);
    const message = `Invalid input: ${Object.values(fieldErrors).join('; ')}`;
    return new DomainError('VALIDATION_FAILED', message, { errors: fieldErrors });
  },
};

/** Deeper than any DTO here nests; deeper bodies would only exhaust the stack while being transformed. */
export const MAX_BODY_DEPTH = 16;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Refuses over-deep bodies and prototype keys before class-transformer walks them. */
export function assertPlainBody(value: unknown): void {
  const stack: [unknown, number, string][] = [[value, 0, '']];
  while (stack.length) {
    const [node, depth, path] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth >= MAX_BODY_DEPTH) {
      const field = path.split('.')[0];
      throw new DomainError('VALIDATION_FAILED', `Invalid input: ${field} nests deeper than ${MAX_BODY_DEPTH} levels`, {
        errors: { [field]: `nests deeper than ${MAX_BODY_DEPTH} levels` },
      });
    }
    for (const key of Object.keys(node)) {
      const field = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) {
        throw new DomainError('VALIDATION_FAILED', `Invalid input: unknown field "${key}": remove it`, { errors: { [field]: `unknown field "${key}": remove it` } });
      }
      stack.push([(node as Record<string, unknown>)[key], depth + 1, field]);
    }
  }
}

/**
 * The global pipe: class-validator on bodies, with the checks above first. Path parameters are left to
 * their own pipes (IdPipe), so that "0x1" or "1e3" is refused instead of coerced to a number.
 */
export class AppValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'param' || (metadata.type === 'query' && metadata.data)) return value;
    if (metadata.type === 'body') {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new DomainError('VALIDATION_FAILED', 'The request body must be a JSON object.');
      }
      assertPlainBody(value);
    }
    return super.transform(value, metadata);
  }
}

/** The one validation pipe, global: each body is checked against the DTO class its parameter declares. */
export function createValidationPipe(): ValidationPipe {
  return new AppValidationPipe(VALIDATION_OPTIONS);
}
