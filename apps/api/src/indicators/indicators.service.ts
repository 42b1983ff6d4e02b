import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { targetMatchesDirection, type Direction } from '@lab/domain';
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
  const errors: Record<string, string> = {};
  const percent = (v: number | null | undefined) => v !== null && v !== undefined && (v < 0 || v > 100);
  if (i.unit === 'percent' && percent(i.baselineValue)) errors.baselineValue = 'is a percentage: between 0 and 100';
  if (i.unit === 'percent' && percent(i.targetValue)) errors.targetValue = 'is a percentage: between 0 and 100';
  if (i.baselineDate && i.targetDate && i.targetDate < i.baselineDate) errors.targetDate = 'must be on or after the baseline date';
  const direction = (i.direction ?? 'increase') as Direction;
  if (
    i.baselineValue != null && i.targetValue != null && i.targetValue !== i.baselineValue &&
    !targetMatchesDirection(direction, i.baselineValue, i.targetValue)
  ) {
    errors.targetValue = direction === 'increase' ? 'must be above the baseline for an indicator that should increase' : 'must be below the baseline for an indicator that should decrease';
  }
  throwFieldErrors('indicator', errors);
}
