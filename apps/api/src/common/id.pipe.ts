import { Injectable, Optional, type PipeTransform } from '@nestjs/common';
import { DomainError } from '@lab/domain';

/** Record ids are PostgreSQL integers: anything else is a 400, never a database error. */
@Injectable()
export class IdPipe implements PipeTransform<string | undefined, number | null> {
  constructor(@Optional() private readonly options: { optional?: boolean } = {}) {}

  transform(value: string | undefined): number {
    if ((value === undefined || value === '') && this.options.optional) return null as unknown as number;
    if (/^\d{1,10}$/.test(value ?? "")) {
      const id = Number(value);
      if (id >= 1 && id <= 2147483647) return id;
    }
    throw new DomainError('VALIDATION_FAILED', `The id in the path must be a positive whole number, got "${String(value).slice(0, 40)}".`, {
      errors: { id: 'must be a positive whole number' },
    });
  }
}
