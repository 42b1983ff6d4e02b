import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '@lab/domain';
import { AuditService } from '../audit/audit.service';
import { CrudService } from '../common/crud.service';
import { IndicatorEntity } from '../indicators/indicator.entity';
import { MeasurementEntity } from './measurement.entity';
import { MEASUREMENTS } from './measurements.resource';

type Values = Record<string, unknown>;

@Injectable()
export class MeasurementsService extends CrudService<MeasurementEntity> {
  constructor(dataSource: DataSource, audit: AuditService) {
    super(dataSource, audit, MEASUREMENTS);
  }

  protected override async beforeCreate(manager: EntityManager, values: Values): Promise<void> {
    await checkValue(manager, values.indicatorId as number, values.value as number);
  }

  protected override async beforeUpdate(manager: EntityManager, existing: MeasurementEntity, values: Values): Promise<void> {
    if (values.value !== undefined || values.indicatorId !== undefined) {
      await checkValue(manager, (values.indicatorId ?? existing.indicatorId) as number, (values.value ?? existing.value) as number);
    }
  }
}

/** The value must fit the indicator's unit: a percentage 0–100, a count whole and not negative. */
async function checkValue(manager: EntityManager, indicatorId: number, value: number): Promise<void> {
  const indicator = await manager.findOne(IndicatorEntity, { where: { id: indicatorId }, select: { id: true, unit: true } });
  if (!indicator) {
    throw new DomainError('INVALID_REFERENCE', `indicatorId ${indicatorId} does not exist.`, { errors: { indicatorId: `no indicator with id ${indicatorId}` } });
  }
  let problem: string | null = null;
  if (indicator.unit === 'percent' && (value < 0 || value > 100)) problem = 'is a percentage: between 0 and 100';
  if (indicator.unit === 'count' && (!Number.isInteger(value) || value < 0)) problem = 'is a count: a whole number, not negative';
  if (problem) throw new DomainError('VALIDATION_FAILED', `value ${problem}.`, { errors: { value: problem } });
}
