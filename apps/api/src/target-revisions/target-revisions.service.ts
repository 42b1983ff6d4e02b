import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DomainError, targetMatchesDirection } from '@lab/domain';
import { AuditService, diff } from '../common/audit/audit.service';
import type { Actor } from '../common/actor';
import { throwFieldErrors } from '../common/field-errors';
import { CrudService, type Json } from '../common/crud.service';
import { IndicatorEntity } from '../indicators/indicator.entity';
import type { CreateTargetRevisionDto } from './dto/target-revision.dto';
import { TargetRevisionEntity } from './target-revision.entity';
import { TARGET_REVISIONS } from './target-revisions.resource';

@Injectable()
export class TargetRevisionsService extends CrudService<TargetRevisionEntity> {
  constructor(dataSource: DataSource, audit: AuditService) {
    super(dataSource, audit, TARGET_REVISIONS);
  }

  /** Records the revision and moves the indicator's target in one transaction; the old target is kept here. */
  override async create(input: Record<string, unknown>, actor: Actor | null): Promise<Json> {
    const dto = input as unknown as CreateTargetRevisionDto;
    return this.dataSource.transaction(async (manager) => {
      const indicator = await manager.findOne(IndicatorEntity, { where: { id: dto.indicatorId }, lock: { mode: 'pessimistic_write' } });
      if (!indicator) {
        throw new DomainError('INVALID_REFERENCE', `indicatorId ${dto.indicatorId} does not exist.`, {
          errors: { indicatorId: `no indicator with id ${dto.indicatorId}` },
        });
      }
      await this.authorize(manager, actor, 'create', [{ indicatorId: indicator.id }]);
      const errors: Record<string, string> = {};
      if (indicator.unit === 'percent' && (dto.newValue < 0 || dto.newValue > 100)) errors.newValue = 'is a percentage: between 0 and 100';
      if (indicator.baselineValue != null && dto.newValue !== indicator.baselineValue &&
          !targetMatchesDirection(indicator.direction, indicator.baselineValue, dto.newValue)) {
        errors.newValue = `must lie on the ${indicator.direction === 'increase' ? 'upper' : 'lower'} side of the baseline (${indicator.baselineValue})`;
      }
      throwFieldErrors('target revision', errors);

      const inserted = await manager.insert(TargetRevisionEntity, {
        indicatorId: indicator.id, oldValue: indicator.targetValue, newValue: dto.newValue, oldDate: indicator.targetDate,
        newDate: dto.newDate ?? indicator.targetDate, effectiveFrom: dto.effectiveFrom, reason: dto.reason, revisedById: actor?.userId ?? null,
      });
      const id = inserted.identifiers[0].id as number;
      const newTarget = { targetValue: dto.newValue, targetDate: dto.newDate ?? indicator.targetDate };
      await manager.update(IndicatorEntity, { id: indicator.id }, { ...newTarget, version: () => 'version + 1', updatedAt: () => 'now()' } as never);

      const revision = await this.get(id, manager);
      await this.audit.record(manager, { userId: actor?.userId ?? null, resource: 'target-revisions', recordId: id, action: 'create', changes: diff(null, revision) });
      await this.audit.record(manager, {
        userId: actor?.userId ?? null, resource: 'indicators', recordId: indicator.id, action: 'update',
        changes: diff({ targetValue: indicator.targetValue, targetDate: indicator.targetDate }, newTarget),
      });
      return revision;
    });
  }
}
