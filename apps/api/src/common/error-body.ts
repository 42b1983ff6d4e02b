import { HttpStatus } from '@nestjs/common';

/** What every refused or failed request answers: react-admin reads `message` and `errors` (field → what to fix). */
export interface ErrorBody {
  statusCode: number;
  error: string;
  code?: string;
  message: string;
  errors?: Record<string, string>;
  unmet?: { criterion: string; message: string }[];
}

export function errorBody(statusCode: number, message: string, extra: Partial<ErrorBody> = {}): ErrorBody {
  const error = (HttpStatus[statusCode] ?? 'Error')
    .toLowerCase()
    .split('_')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join(' ');
  return { statusCode, error, message, ...extra };
}

