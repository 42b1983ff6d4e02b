import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../common/audit/audit.service';
import { CrudService } from '../common/crud.service';
import { DistrictEntity } from './district.entity';
import { DISTRICTS } from './districts.resource';

@Injectable()
export class DistrictsService extends CrudService<DistrictEntity> {
  constructor(dataSource: DataSource, audit: AuditService) {
    super(dataSource, audit, DISTRICTS);
  }
}
