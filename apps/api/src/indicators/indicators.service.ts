import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { indicatorProblems, inWords } from '@lab/domain';
import { AuditService } from '../common/audit/audit.service';
import { throwFieldErrors } from '../common/field-errors';
import { CrudService } from '../common/crud.service';
import { IndicatorEntity } from './indicator.entity';
import { INDICATORS } from './indicators.resource';

type Values = Record<string, unknown>;

@Injectable()
export class IndicatorsService extends CrudService<IndicatorEntity> {
  constructor(dataSource: DataSource, audit: AuditService) {
    super(dataSource, audit, INDICATORS);
  }

  protected override async beforeCreate(_m: EntityManager, values: Values): Promise<void> {
    checkIndicator({ ...values } as Partial<IndicatorEntity>);
  }

  /** A target is never silently overwritten: once set, it changes only through a target revision. */
  protected override async beforeUpdate(_m: EntityManager, existing: IndicatorEntity, values: Values): Promise<void> {
    const errors: Record<string, string> = {};
    for (const field of ['targetValue', 'targetDate'] as const) {
      if (values[field] !== undefined && existing[field] !== null && values[field] !== existing[field]) {
        errors[field] = 'is set; change it through a target revision (POST /api/target-revisions) with a reason';
      }
    }
    throwFieldErrors('indicator (a target, once set, changes only through a target revision with a reason)', errors);
    checkIndicator({ ...existing, ...values } as Partial<IndicatorEntity>);
  }
}

function checkIndicator(i: Partial<IndicatorEntity>): void {
  throwFieldErrors('indicator', inWords(indicatorProblems(i)));
}
