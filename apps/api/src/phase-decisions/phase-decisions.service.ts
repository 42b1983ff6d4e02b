import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../common/audit/audit.service';
import { CrudService } from '../common/crud.service';
import { PhaseDecisionEntity } from './phase-decision.entity';
import { PHASE_DECISIONS } from './phase-decisions.resource';

@Injectable()
export class PhaseDecisionsService extends CrudService<PhaseDecisionEntity> {
  constructor(dataSource: DataSource, audit: AuditService) {
    super(dataSource, audit, PHASE_DECISIONS);
  }
}
