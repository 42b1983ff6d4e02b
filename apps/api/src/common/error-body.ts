import { HttpStatus } from '@nestjs/common';
import type { ErrorBody } from '@lab/domain';

export type { ErrorBody };

/** An answer in the contract's error shape (ErrorBody in libs/domain), its status also in words. */
export function errorBody(statusCode: number, message: string, extra: Partial<ErrorBody> = {}): ErrorBody {
  const error = (HttpStatus[statusCode] ?? 'Error')
    .toLowerCase()
    .split('_')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');
  return { statusCode, error, message, ...extra };
}

