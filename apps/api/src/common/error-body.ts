import { HttpStatus } from '@nestjs/common';
import { fieldErrorCodes, type ErrorBody } from '@lab/domain';

export type { ErrorBody };

/**
 * An answer in the contract's error shape (ErrorBody in libs/domain), its status also in words, and each
 * field error's code beside its words (`fieldCodes`), so that a client can say it in its user's language.
 */
export function errorBody(statusCode: number, message: string, extra: Partial<ErrorBody> = {}): ErrorBody {
  const error = (HttpStatus[statusCode] ?? 'Error')
    .toLowerCase()
    .split('_')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');
  const coded = extra.errors ? fieldErrorCodes(extra.errors) : {};
  return { statusCode, error, message, ...extra, ...(Object.keys(coded).length ? { fieldCodes: coded } : {}) };
}

